// The JSON Schema of a definition's `params.rules`: an ordered decision table on the submitted data, the enterprise's
// flags and the local time of submission. Registered in forms/process-types.ts (ladder params); read by evaluate-rules.ts.
import type { RJSFSchema } from '@rjsf/utils';
import { SLA_PATTERN } from '#core/domain/duration';
import { ROLES } from '#core/org/org-types';

const NAME = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,40}$' } as const;
const STAGE_NAME = { type: 'string', pattern: '^[a-z][a-z0-9-]{0,30}$' } as const;
const LOCAL_TIME = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' } as const;
const SCALAR: RJSFSchema = { type: ['string', 'number', 'boolean'] };
const OPS = ['equals', 'not-equals', 'in', '>=', '<=', '>', '<'] as const;
const VALUE: RJSFSchema = { anyOf: [SCALAR, { type: 'array', minItems: 1, maxItems: 50, items: SCALAR }] };

/** One condition: on a submitted field, on an enterprise flag, or on the local time of submission ("HH:MM"). */
const CONDITION: RJSFSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['field', 'op', 'value'],
      properties: { field: NAME, op: { enum: [...OPS] }, value: VALUE },
      additionalProperties: false,
    },
    {
      type: 'object',
      required: ['enterprise', 'op', 'value'],
      properties: { enterprise: { enum: ['focus', 'type'] }, op: { enum: ['equals', 'not-equals', 'in'] }, value: VALUE },
      additionalProperties: false,
    },
    {
      type: 'object',
      required: ['time', 'op', 'value'],
      properties: { time: { const: 'local' }, op: { enum: ['>=', '<=', '>', '<'] }, value: LOCAL_TIME },
      additionalProperties: false,
    },
  ],
};

/** What a matching row does to the case (every part optional). */
const OUTCOME: RJSFSchema = {
  type: 'object',
  minProperties: 1,
  properties: {
    /** The rung the case starts at (its name), instead of the first. */
    startAt: STAGE_NAME,
    /** The working group that takes the rungs routed by category ("group-of-category"). */
    workingGroupKey: { type: 'string', pattern: '^[a-z][a-z0-9_-]{0,40}$' },
    /** Every rung's task opens at least at this priority (3: 特急). */
    priority: { type: 'integer', minimum: 0, maximum: 3 },
    /** A new SLA for named rungs: { "cadre": "2 hours" }. */
    sla: { type: 'object', propertyNames: STAGE_NAME, additionalProperties: { type: 'string', pattern: SLA_PATTERN } },
    /** People told at once that the case matched the row: a role or users by id, with a template. */
    notify: {
      type: 'object',
      required: ['template'],
      properties: {
        role: { enum: [...ROLES] },
        userIds: { type: 'array', minItems: 1, maxItems: 50, uniqueItems: true, items: { type: 'integer', minimum: 1 } },
        template: { type: 'string', pattern: '^[a-z0-9-]+$' },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

/** `params.rules`: rows tried in order; every row whose conditions all hold applies (see evaluate-rules.ts). */
export const RULES_SCHEMA: RJSFSchema = {
  type: 'array',
  maxItems: 30,
  items: {
    type: 'object',
    required: ['label', 'when', 'then'],
    properties: {
      label: {
        type: 'object',
        required: ['zh-CN', 'en'],
        properties: { 'zh-CN': { type: 'string', minLength: 1, maxLength: 40 }, en: { type: 'string', minLength: 1, maxLength: 60 } },
        additionalProperties: false,
      },
      when: { type: 'array', minItems: 1, maxItems: 10, items: CONDITION },
      then: OUTCOME,
    },
    additionalProperties: false,
  },
};
