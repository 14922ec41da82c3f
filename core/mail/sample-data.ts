// Sample data for each email template in each language: what previews and test sends render, and what an edited
// copy must render without error before it is saved. The fields mirror what the workflows and activities pass, and
// what the sender adds to every message about a case (`caseNumber`, `appLink`: core/mail/send-email.ts).
import type { Locale } from '../domain/locale';
import { COLLECTION_SAMPLES } from './collection-samples';
import { INSPECTION_SAMPLES } from './inspection-samples';
import { COMMENDATION_SAMPLES } from './commendation-samples';
import { GATE_SAMPLES } from './gate-samples';
import { MONITORING_SAMPLES } from './monitoring-samples';

type Sample = Record<string, unknown>;

const SUBMISSION: Record<Locale, Sample> = {
  'zh-CN': {
    recipientName: '王建国',
    formTitle: '工作联络员指定',
    submissionId: '6f1c1b2a-1111-4222-8333-444455556666',
    caseNumber: 'KN-20260216-0007',
    appLink: 'http://localhost:3000/#/submissions/KN-20260216-0007',
    receivedAt: '2026-02-16T01:30:00Z',
    settledAt: '2026-02-16T02:30:00Z',
  },
  en: {
    recipientName: 'Wang Jianguo',
    formTitle: 'Liaison designation',
    submissionId: '6f1c1b2a-1111-4222-8333-444455556666',
    caseNumber: 'KN-20260216-0007',
    appLink: 'http://localhost:3000/#/submissions/KN-20260216-0007',
    receivedAt: '2026-02-16T01:30:00Z',
    settledAt: '2026-02-16T02:30:00Z',
  },
};

const TASK: Record<Locale, Sample> = {
  'zh-CN': {
    recipientName: '王建国',
    taskTitle: '物资短缺报告 · 包挂干部办理',
    dueAt: '2026-02-16T16:00:00Z',
    taskId: 'submission-6f1c1b2a/0-cadre',
    caseNumber: 'KN-20260216-0007',
    appLink: 'http://localhost:3000/#/tasks/submission-6f1c1b2a%2F0-cadre',
    // What a group robot's text about the referral also reads.
    formTitle: '物资短缺报告',
    stageTitle: '包挂干部办理',
    enterpriseName: '城东建设集团',
  },
  en: {
    recipientName: 'Wang Jianguo',
    taskTitle: 'Material shortage report · assigned cadre',
    dueAt: '2026-02-16T16:00:00Z',
    taskId: 'submission-6f1c1b2a/0-cadre',
    caseNumber: 'KN-20260216-0007',
    appLink: 'http://localhost:3000/#/tasks/submission-6f1c1b2a%2F0-cadre',
    formTitle: 'Material shortage report',
    stageTitle: 'Assigned cadre',
    enterpriseName: 'Chengdong Construction Group',
  },
};

// A task that ran out of time, and what the breach did with it (task-activities' overdue notice): here, escalated.
const TASK_OVERDUE: Record<Locale, Sample> = {
  'zh-CN': { ...TASK['zh-CN'], escalated: true, escalatedTo: '企业服务专班（综合协调组）', closed: false, closeReason: '' },
  en: { ...TASK.en, escalated: true, escalatedTo: 'Enterprise service class (Comprehensive coordination)', closed: false, closeReason: '' },
};

const DIGEST: Record<Locale, Sample> = {
  'zh-CN': {
    recipientName: '王建国',
    date: '2026-02-16',
    tasks: [
      { title: '物资短缺报告 · 包挂干部办理', enterprise: '泉城城市建设投资集团有限公司', dueAt: '2026-02-15T16:00:00Z', overdue: true },
      { title: '人员返岗困难 · 包挂干部办理', enterprise: '鲁中建工集团有限公司', dueAt: '2026-02-16T16:00:00Z', overdue: false },
    ],
    overdueCount: 1,
    atRiskCount: 1,
    quarantines: [{ workerName: '李四', projectName: '泉城大道快速路二期', endsAt: '2026-02-17T02:00:00Z', day: 14, days: 14 }],
  },
  en: {
    recipientName: 'Wang Jianguo',
    date: '2026-02-16',
    tasks: [
      {
        title: 'Material shortage report · assigned cadre',
        enterprise: 'Quancheng Urban Construction Investment Group',
        dueAt: '2026-02-15T16:00:00Z',
        overdue: true,
      },
      {
        title: 'Workers cannot return · assigned cadre',
        enterprise: 'Luzhong Construction Engineering Group',
        dueAt: '2026-02-16T16:00:00Z',
        overdue: false,
      },
    ],
    overdueCount: 1,
    atRiskCount: 1,
    quarantines: [
      { workerName: 'Li Si', projectName: 'Quancheng Avenue expressway, phase II', endsAt: '2026-02-17T02:00:00Z', day: 14, days: 14 },
    ],
  },
};

// One change of a difficulty case; the sample shows a resolution awaiting the enterprise's confirmation. The other
// changes' fields are there too (flags off), since an edited text may mention them: the ladder passes `decidedAt` with
// a rejection, `dueAt` when a case is overdue and still open, `expiredAt` when its time ran out.
const OTHER_CASE_CHANGES = {
  overdue: false,
  expired: false,
  decidedAt: '2026-02-16T03:00:00Z',
  dueAt: '2026-02-18T16:00:00Z',
  expiredAt: '2026-02-20T16:00:00Z',
};
const CASE_UPDATE: Record<Locale, Sample> = {
  'zh-CN': {
    ...SUBMISSION['zh-CN'],
    formTitle: '困难问题反映',
    stageTitle: '包挂干部办理',
    returned: false,
    resolved: true,
    escalated: false,
    rejected: false,
    note: '',
    resolution: '已协调供应商于 2 月 17 日前补货。',
    confirmBy: '2026-02-18T09:00:00Z',
    ...OTHER_CASE_CHANGES,
  },
  en: {
    ...SUBMISSION.en,
    formTitle: 'Difficulty report',
    stageTitle: 'Assigned cadre',
    returned: false,
    resolved: true,
    escalated: false,
    rejected: false,
    note: '',
    resolution: 'The supplier will restock by 17 February.',
    confirmBy: '2026-02-18T09:00:00Z',
    ...OTHER_CASE_CHANGES,
  },
};

const OVERDUE_ALERT: Record<Locale, Sample> = {
  'zh-CN': {
    recipientName: '李指挥',
    title: '困难问题反映 · 防控指挥部协调',
    dueAt: '2026-02-18T16:00:00Z',
    submissionId: '6f1c1b2a-0d4e-4c55-9a51-3f7d2b8c9e10',
    summary: '钢筋供应中断，已停工两天',
    repeat: true,
    day: 2,
    // What a group robot's text about the breach also reads.
    formTitle: '困难问题反映',
    stageTitle: '防控指挥部协调',
    escalatesTo: '',
    caseNumber: 'KN-20260216-0007',
    appLink: 'http://localhost:3000/#/submissions/KN-20260216-0007',
    enterpriseName: '城东建设集团',
  },
  en: {
    recipientName: 'Li',
    title: 'Difficulty report · Prevention and control HQ',
    dueAt: '2026-02-18T16:00:00Z',
    submissionId: '6f1c1b2a-0d4e-4c55-9a51-3f7d2b8c9e10',
    summary: 'Rebar supply interrupted; work stopped for two days',
    repeat: true,
    day: 2,
    formTitle: 'Difficulty report',
    stageTitle: 'Prevention and control HQ',
    escalatesTo: '',
    caseNumber: 'KN-20260216-0007',
    appLink: 'http://localhost:3000/#/submissions/KN-20260216-0007',
    enterpriseName: 'Chengdong Construction Group',
  },
};

/** Sample data by template name and language. */
export const SAMPLE_DATA: Readonly<Record<string, Record<Locale, Sample>>> = {
  'submission-received': SUBMISSION,
  'submission-settled': SUBMISSION,
  'task-assigned': TASK,
  'task-due-soon': TASK,
  'task-overdue': TASK_OVERDUE,
  'daily-digest': DIGEST,
  'case-update': CASE_UPDATE,
  'case-overdue-alert': OVERDUE_ALERT,
  ...COLLECTION_SAMPLES,
  ...GATE_SAMPLES,
  ...MONITORING_SAMPLES,
  ...COMMENDATION_SAMPLES,
  ...INSPECTION_SAMPLES,
};

/** The origin sample links are written with, the default PUBLIC_URL (core/config.ts); robot previews fall back to it too. */
export const SAMPLE_ORIGIN = 'http://localhost:3000';

/**
 * Sample data for one template in one language; a template shipped without samples gets the submission fields. With
 * `publicUrl` (the configured PUBLIC_URL) the sample links point there, as a real message's do (core/mail/send-email.ts
 * builds `appLink` on it), so a preview or a test send shows where the app's mail will link.
 */
export function sampleDataFor(name: string, locale: Locale, publicUrl?: string): Sample {
  const sample = structuredClone((Object.hasOwn(SAMPLE_DATA, name) ? SAMPLE_DATA[name]! : SUBMISSION)[locale]);
  const base = publicUrl?.replace(/\/+$/, '');
  if (!base) return sample;
  for (const [key, value] of Object.entries(sample))
    if (typeof value === 'string' && value.startsWith(`${SAMPLE_ORIGIN}/`)) sample[key] = base + value.slice(SAMPLE_ORIGIN.length);
  return sample;
}
