// Registry of process types: each names the workflow that runs it and the JSON Schema of its params.
import type { RJSFSchema } from '@rjsf/utils';
import { TASK_ACTIONS } from '../core/domain/human-task';
import { SLA_PATTERN } from '../core/domain/working-calendar';
import { ROLES } from '../core/org/org-types';

/** A registered process type. */
export interface ProcessType {
  /** Workflow function name exported from workflows/index.ts; null while the type is registered but not yet runnable. */
  workflowType: string | null;
  /** JSON Schema the definition's `params` must satisfy. */
  paramsSchema: RJSFSchema;
}

const DURATION = { type: 'string', pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|sec|seconds?|m|min|minutes?|h|hours?|d|days?)$' } as const;
const TEMPLATE = { type: 'string', pattern: '^[a-z0-9-]+$' } as const;

const LOCALIZED: RJSFSchema = { type: 'object', required: ['zh-CN', 'en'], properties: { 'zh-CN': { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } } };

// The form a ladder's decisions fill, and which of its fields each action needs.
const COMPLETION: RJSFSchema = {
  type: 'object',
  required: ['schema'],
  properties: {
    schema: { type: 'object', required: ['type'], properties: { type: { const: 'object' } } },
    requiredByAction: { type: 'object', propertyNames: { enum: [...TASK_ACTIONS] }, additionalProperties: { type: 'array', items: { type: 'string' } } },
  },
  additionalProperties: false,
};

const STAGE: RJSFSchema = {
  type: 'object',
  required: ['name', 'title', 'actor', 'sla', 'actions', 'onBreach'],
  properties: {
    name: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,30}$' },
    title: LOCALIZED,
    actor: {
      oneOf: [
        { type: 'string', enum: ['cadre-of-enterprise', 'group-of-category'] },
        { type: 'object', required: ['role'], properties: { role: { type: 'string', enum: [...ROLES] }, workingGroupKey: { type: 'string' } }, additionalProperties: false },
      ],
    },
    // A duration, "end-of-day" (local 24:00) or "N working days" over the admin-edited calendar.
    sla: { type: 'string', pattern: SLA_PATTERN },
    actions: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: [...TASK_ACTIONS] } },
    onBreach: { type: 'string', enum: ['escalate', 'expire'] },
    priority: { type: 'integer', minimum: 0, maximum: 2 },
  },
  additionalProperties: false,
};

const LOCAL_TIME = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' } as const;
const ENTERPRISE_TYPES = ['construction', 'general_contractor', 'supervision', 'platform'] as const;

// P1 and P3: who must submit, by when, how they are reminded, and who hears about those who have not.
const COLLECTION_PARAMS: RJSFSchema = {
  type: 'object',
  required: ['target', 'recurrence', 'deadline'],
  properties: {
    target: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { type: 'string', enum: ['all', 'type', 'focus', 'list'] },
        types: { type: 'array', items: { type: 'string', enum: [...ENTERPRISE_TYPES] } },
        enterpriseIds: { type: 'array', items: { type: 'integer', minimum: 1 } },
      },
      additionalProperties: false,
    },
    recurrence: { type: 'string', enum: ['once', 'daily'] },
    /** Local time of day for daily rounds ("17:00"), or an ISO instant for a one-off campaign. */
    opensAt: { type: 'string', maxLength: 40 },
    deadline: { type: 'string', maxLength: 40 },
    skipNonWorkingDays: { type: 'boolean' },
    reminders: { type: 'array', maxItems: 5, items: DURATION },
    escalation: {
      type: 'array',
      maxItems: 5,
      items: {
        type: 'object',
        required: ['after', 'to'],
        properties: { after: { anyOf: [DURATION, LOCAL_TIME] }, to: { type: 'string', enum: ['enterprise', 'cadre', 'working-group', 'hq'] }, workingGroupKey: { type: 'string' } },
        additionalProperties: false,
      },
    },
    reminderTemplate: TEMPLATE,
    overdueTemplate: TEMPLATE,
    bulletinTemplate: TEMPLATE,
  },
  additionalProperties: false,
};

// P5: N days of check-ins at set times, rules on the values, and what a missed check-in does.
const MONITORING_PARAMS: RJSFSchema = {
  type: 'object',
  required: ['days', 'checkInTimes', 'rules'],
  properties: {
    days: { type: 'integer', minimum: 1, maximum: 60 },
    checkInTimes: { type: 'array', minItems: 1, maxItems: 6, uniqueItems: true, items: LOCAL_TIME },
    missedAfter: DURATION,
    rules: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        required: ['field', 'op', 'value', 'then'],
        properties: {
          field: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,40}$' },
          op: { type: 'string', enum: ['>=', '>', '<=', '<', '==', '!='] },
          value: { type: ['number', 'string', 'boolean'] },
          then: { type: 'string', enum: ['alert', 'refer-hq', 'quarantine', 'turn-back'] },
        },
        additionalProperties: false,
      },
    },
    alertTemplate: TEMPLATE,
    releaseTemplate: TEMPLATE,
  },
  additionalProperties: false,
};

/** Process types by name. `receipt` is the foundation's wiring slice; `ladder` climbs stages of human tasks. */
export const PROCESS_TYPES: Record<string, ProcessType> = {
  receipt: {
    workflowType: 'receiptWorkflow',
    paramsSchema: {
      type: 'object',
      required: ['settleAfter', 'receiptTemplate', 'settledTemplate'],
      properties: { settleAfter: DURATION, receiptTemplate: TEMPLATE, settledTemplate: TEMPLATE },
      additionalProperties: false,
    },
  },
  ladder: {
    workflowType: 'ladderWorkflow',
    paramsSchema: {
      type: 'object',
      required: ['stages'],
      properties: { stages: { type: 'array', minItems: 1, maxItems: 10, items: STAGE }, receiptTemplate: TEMPLATE, settledTemplate: TEMPLATE, confirmWithin: DURATION, updateTemplate: TEMPLATE, completion: COMPLETION },
      additionalProperties: false,
    },
  },
  // Registered so that definitions can be written and checked now; their workflows come with the daily-report and
  // gate-check processes, and until then such a definition cannot be saved.
  collection: { workflowType: null, paramsSchema: COLLECTION_PARAMS },
  monitoring: { workflowType: null, paramsSchema: MONITORING_PARAMS },
};
