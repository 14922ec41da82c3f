// Registry of process types: each names the workflow that runs it and the JSON Schema of its params.
import type { RJSFSchema } from '@rjsf/utils';
import { TASK_ACTIONS } from '../core/domain/human-task';
import { SLA_PATTERN } from '../core/domain/working-calendar';
import { ROLES } from '../core/org/org-types';

/** A registered process type. */
export interface ProcessType {
  /** Workflow function name exported from workflows/index.ts. */
  workflowType: string;
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
      properties: { stages: { type: 'array', minItems: 1, maxItems: 10, items: STAGE }, receiptTemplate: TEMPLATE, settledTemplate: TEMPLATE, confirmWithin: DURATION, completion: COMPLETION },
      additionalProperties: false,
    },
  },
};
