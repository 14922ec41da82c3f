// Sample data of the quarantine emails (fever or missed check-in alert, clearance), as the monitoring workflow sends them.
import type { Locale } from '../domain/locale';

const BASE: Record<Locale, Record<string, unknown>> = {
  'zh-CN': {
    recipientName: '项目门岗值守员',
    workerName: '李四',
    residentId: '110101********0011',
    projectName: '泉城大道快速路二期',
    startedAt: '2026-02-16T02:00:00Z',
    endsAt: '2026-03-01T02:00:00Z',
  },
  en: {
    recipientName: 'Gate officer',
    workerName: 'Li Si',
    residentId: '110101********0011',
    projectName: 'Quancheng Avenue expressway, phase II',
    startedAt: '2026-02-16T02:00:00Z',
    endsAt: '2026-03-01T02:00:00Z',
  },
};

// The alert's other moments (the robot and SMS texts announce a quarantine's start and remind of a check-in), off, so
// the sample shows a fever at a check-in (the email and the group robots' alert).
// A worker turned back with a fever at the gate (no quarantine) is the alert's other case: off too, with its time.
const ALERT_MOMENTS = {
  started: false,
  reminder: false,
  missed: false,
  referred: true,
  turnedBack: false,
  checkedAt: '2026-02-16T01:30:00Z',
};

/** Samples by template name and language. */
export const GATE_SAMPLES: Record<string, Record<Locale, Record<string, unknown>>> = {
  'quarantine-alert': {
    'zh-CN': { ...BASE['zh-CN'], ...ALERT_MOMENTS, fever: true, slotAt: '2026-02-20T08:00:00Z', temperature: 38.2 },
    en: { ...BASE.en, ...ALERT_MOMENTS, fever: true, slotAt: '2026-02-20T08:00:00Z', temperature: 38.2 },
  },
  'quarantine-cleared': {
    'zh-CN': { ...BASE['zh-CN'], releasedAt: '2026-03-01T02:00:00Z', checkIns: 27, missed: 1, changed: false },
    en: { ...BASE.en, releasedAt: '2026-03-01T02:00:00Z', checkIns: 27, missed: 1, changed: false },
  },
};
