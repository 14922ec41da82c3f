// What a new form starts as, per starter the "new" dialog offers (a ladder, a one-off or daily collection, a
// monitoring plan): a small schema whose fields the params use, and params that pass every check, so each starter
// publishes as created and the administrator edits from something that already runs.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Role } from '#core/org/org-types';

/** One starter: the process type it runs on, and its form and params. */
export interface StarterDefinition {
  processType: string;
  /** Who fills it; enterprises when absent. */
  audience?: Role[];
  schema: RJSFSchema;
  uiSchema: UiSchema;
  /** English titles by JSON pointer (the schema carries the Chinese ones). */
  en: Record<string, string>;
  params: Record<string, unknown>;
}

const REPORT: Pick<StarterDefinition, 'schema' | 'uiSchema' | 'en'> = {
  schema: {
    type: 'object',
    required: ['summary'],
    properties: {
      summary: { type: 'string', title: '事项摘要', minLength: 2, maxLength: 200 },
      details: { type: 'string', title: '详细说明', maxLength: 2000 },
    },
    additionalProperties: false,
  },
  uiSchema: { 'ui:order': ['summary', 'details'], details: { 'ui:widget': 'textarea' } },
  en: { '/summary': 'Summary', '/details': 'Details' },
};

const COUNTS: Pick<StarterDefinition, 'schema' | 'uiSchema' | 'en'> = {
  schema: {
    type: 'object',
    required: ['workersOnSite'],
    properties: {
      workersOnSite: { type: 'integer', title: '在岗人数', minimum: 0, maximum: 100000 },
      note: { type: 'string', title: '情况说明', maxLength: 2000 },
    },
    additionalProperties: false,
  },
  uiSchema: { 'ui:order': ['workersOnSite', 'note'], note: { 'ui:widget': 'textarea' } },
  en: { '/workersOnSite': 'Workers on site', '/note': 'Notes' },
};

// A monitored subject (a returning worker): who it is; the readings are taken at each check-in, not on this form.
const SUBJECT: Pick<StarterDefinition, 'schema' | 'uiSchema' | 'en'> = {
  schema: {
    type: 'object',
    required: ['name', 'residentId', 'returnedFrom'],
    properties: {
      name: { type: 'string', title: '姓名', minLength: 1, maxLength: 50 },
      residentId: { type: 'string', title: '身份证号', format: 'resident-id', 'x-personal': 'id-number' },
      mobile: { type: 'string', title: '手机号', format: 'mobile-cn', 'x-personal': 'mobile' },
      returnedFrom: { type: 'string', title: '返岗前所在地', minLength: 1, maxLength: 100 },
    },
    additionalProperties: false,
  } as RJSFSchema,
  uiSchema: { 'ui:order': ['name', 'residentId', 'mobile', 'returnedFrom'] },
  en: { '/name': 'Name', '/residentId': 'Resident ID number', '/mobile': 'Mobile', '/returnedFrom': 'Returned from' },
};

// The emails a city expects a new process to send the enterprise, as the shipped definitions send them
// (forms/definitions/difficulty-report.json, daily-report.json): a template left unset sends nothing.
const LADDER_EMAILS = { receiptTemplate: 'submission-received', settledTemplate: 'submission-settled', updateTemplate: 'case-update' };
const COLLECTION_EMAILS = {
  receiptTemplate: 'submission-received',
  reminderTemplate: 'collection-reminder',
  overdueTemplate: 'collection-overdue',
};

const FOLLOW_UP = [
  { after: '0 minutes', to: 'enterprise' },
  { after: '0 minutes', to: 'cadre' },
];

/** Every starter by name, in the order the "new" dialog offers them. */
export const STARTERS: Readonly<Record<string, StarterDefinition>> = {
  ladder: {
    processType: 'ladder',
    ...REPORT,
    params: {
      stages: [
        {
          name: 'cadre',
          title: { 'zh-CN': '包挂干部办理', en: 'Assigned cadre' },
          actor: 'cadre-of-enterprise',
          sla: '4 hours',
          actions: ['resolve', 'escalate'],
          onBreach: 'escalate',
        },
        {
          name: 'group',
          title: { 'zh-CN': '综合协调组办理', en: 'Comprehensive coordination group' },
          actor: { role: 'special_class', workingGroupKey: 'coordination' },
          sla: '1 working day',
          actions: ['resolve', 'escalate'],
          onBreach: 'escalate',
        },
        {
          name: 'hq',
          title: { 'zh-CN': '防控指挥部办理', en: 'Prevention and control HQ' },
          actor: { role: 'hq' },
          sla: '2 working days',
          actions: ['resolve'],
          onBreach: 'stay-open',
        },
      ],
      ...LADDER_EMAILS,
    },
  },
  'collection-once': {
    processType: 'collection',
    ...REPORT,
    params: { target: { kind: 'all' }, recurrence: 'once', reminders: ['2 days', '2 hours'], escalation: FOLLOW_UP, ...COLLECTION_EMAILS },
  },
  'collection-daily': {
    processType: 'collection',
    ...COUNTS,
    params: {
      target: { kind: 'all' },
      recurrence: 'daily',
      opensAt: '00:05',
      deadline: '17:00',
      reminders: ['15:00'],
      escalation: FOLLOW_UP,
      bulletin: { after: '30 minutes', to: ['admin', 'hq'] },
      ...COLLECTION_EMAILS,
      bulletinTemplate: 'collection-bulletin',
    },
  },
  monitoring: {
    processType: 'monitoring',
    ...SUBJECT,
    params: {
      subject: { kind: 'worker', title: { 'zh-CN': '返岗人员', en: 'Returning worker' }, nameField: 'name' },
      days: 7,
      countDays: 'calendar',
      checkInTimes: ['09:00'],
      opensBefore: '2 hours',
      missedAfter: '2 hours',
      readings: [{ key: 'temperature', title: { 'zh-CN': '体温', en: 'Temperature' }, unit: '℃', minimum: 34, maximum: 43 }],
      rules: [{ field: 'temperature', op: '>=', value: 37.3, then: 'alert' }],
      alertTo: ['submitter', 'cadre-of-enterprise'],
      alertTemplate: 'monitoring-alert',
      endTemplate: 'monitoring-ended',
    },
  },
  receipt: {
    processType: 'receipt',
    ...REPORT,
    params: { settleAfter: '1 day', receiptTemplate: 'submission-received', settledTemplate: 'submission-settled' },
  },
};

/** The starter a process type gets when none is named: the first one that runs on it. */
export function defaultStarterOf(processType: string): string | undefined {
  return Object.keys(STARTERS).find((name) => STARTERS[name]!.processType === processType);
}
