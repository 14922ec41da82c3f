// Sample data of the emails of monitoring definitions that follow a subject (alert, end), as
// activities/subject-monitoring-activities.ts sends them: for the template editor's preview and test-send.
import type { Locale } from '../domain/locale';

const BASE: Record<Locale, Record<string, unknown>> = {
  'zh-CN': {
    recipientName: '包挂干部',
    formTitle: '复工人员健康观察',
    subjectName: '王五',
    startedAt: '2026-02-16T00:00:00Z',
    endsAt: '2026-02-22T16:00:00Z',
  },
  en: {
    recipientName: 'Assigned cadre',
    formTitle: 'Health watch of returning workers',
    subjectName: 'Wang Wu',
    startedAt: '2026-02-16T00:00:00Z',
    endsAt: '2026-02-22T16:00:00Z',
  },
};

/** Samples by template name and language. */
export const MONITORING_SAMPLES: Record<string, Record<Locale, Record<string, unknown>>> = {
  'monitoring-alert': {
    'zh-CN': { ...BASE['zh-CN'], missed: false, slotAt: '2026-02-18T01:00:00Z', rules: ['体温 ≥ 37.3 ℃'] },
    en: { ...BASE.en, missed: false, slotAt: '2026-02-18T01:00:00Z', rules: ['Temperature ≥ 37.3 ℃'] },
  },
  'monitoring-ended': {
    'zh-CN': { ...BASE['zh-CN'], endedAt: '2026-02-22T16:00:00Z', checkIns: 6, missed: 1, alerts: 2, changed: false },
    en: { ...BASE.en, endedAt: '2026-02-22T16:00:00Z', checkIns: 6, missed: 1, alerts: 2, changed: false },
  },
};
