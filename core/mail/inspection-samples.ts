// Sample data of the resumption-readiness inspection's texts (P2): the enterprise's update (returned for rework with its
// deadline, reminded, rework overdue, passed on, overdue at a level) and the alert to a level's body past the rework deadline.
import type { Locale } from '../domain/locale';

// The update's other moves (flags off, so the sample shows a return for rework), since an edited text may mention
// them: the ladder passes `decidedAt` with a rejection, `dueAt` when a level is overdue, `expiredAt` when time ran out.
const OTHER_MOVES = {
  reworkReminder: false,
  reworkOverdue: false,
  escalated: false,
  cleared: false,
  rejected: false,
  suspended: false,
  overdue: false,
  expired: false,
  receivedAt: '2026-02-12T01:30:00Z',
  decidedAt: '2026-02-16T03:00:00Z',
  dueAt: '2026-02-18T16:00:00Z',
  expiredAt: '2026-02-20T16:00:00Z',
};

/** Samples by template name and language. */
export const INSPECTION_SAMPLES: Record<string, Record<Locale, Record<string, unknown>>> = {
  'inspection-update': {
    'zh-CN': {
      recipientName: '泉城建设·联络员',
      formTitle: '复工复产情况摸排及防控条件核查',
      stageTitle: '镇（街道）检查组核查',
      resumeStage: '镇（街道）检查组核查',
      submissionId: '6f1c1b2a-2222-4333-8444-555566667777',
      caseNumber: 'FG-20260212-0003',
      appLink: 'http://localhost:3000/#/submissions/FG-20260212-0003',
      returned: true,
      note: '隔离留观室未配备消毒用品，请补齐并上传照片。',
      reworkDueAt: '2026-02-17T16:00:00Z',
      ...OTHER_MOVES,
    },
    en: {
      recipientName: 'Quancheng Construction · liaison',
      formTitle: 'Resumption survey and readiness inspection',
      stageTitle: 'Town/street inspection team',
      resumeStage: 'Town/street inspection team',
      submissionId: '6f1c1b2a-2222-4333-8444-555566667777',
      caseNumber: 'FG-20260212-0003',
      appLink: 'http://localhost:3000/#/submissions/FG-20260212-0003',
      returned: true,
      note: 'The isolation room has no disinfectant; stock it and upload a photo.',
      reworkDueAt: '2026-02-17T16:00:00Z',
      ...OTHER_MOVES,
    },
  },
  'rework-overdue-alert': {
    'zh-CN': {
      recipientName: '镇（街道）检查组·检查员',
      title: '复工复产情况摸排及防控条件核查 · 镇（街道）检查组核查',
      dueAt: '2026-02-17T16:00:00Z',
      note: '隔离留观室未配备消毒用品，请补齐并上传照片。',
      submissionId: '6f1c1b2a-2222-4333-8444-555566667777',
      // The sender adds the case number to every message about a case (core/mail/send-email.ts); the ladder's alert
      // names no enterprise, which the shipped text shows only when a caller does.
      caseNumber: 'FG-20260212-0003',
      enterpriseName: '',
    },
    en: {
      recipientName: 'Town/street inspection team · inspector',
      title: 'Resumption survey and readiness inspection · Town/street inspection team',
      dueAt: '2026-02-17T16:00:00Z',
      note: 'The isolation room has no disinfectant; stock it and upload a photo.',
      submissionId: '6f1c1b2a-2222-4333-8444-555566667777',
      caseNumber: 'FG-20260212-0003',
      enterpriseName: '',
    },
  },
};
