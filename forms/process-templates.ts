// What a new form starts from: a small schema and, per process type, parameters that already pass its checks,
// so an administrator's first draft saves at once and is edited from there.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { FormDefinition } from './form-definition';
import { PROCESS_TYPES } from './process-types';

const STARTER_PARAMS: Record<string, Record<string, unknown>> = {
  receipt: { settleAfter: '1 day', receiptTemplate: 'submission-received', settledTemplate: 'submission-settled' },
  ladder: {
    stages: [
      {
        name: 'cadre',
        title: { 'zh-CN': '包挂干部办理', en: 'Assigned cadre' },
        actor: 'cadre-of-enterprise',
        sla: '1 day',
        actions: ['resolve', 'escalate'],
        onBreach: 'escalate',
      },
      {
        name: 'hq',
        title: { 'zh-CN': '指挥部办理', en: 'Headquarters' },
        actor: { role: 'hq' },
        sla: '2 days',
        actions: ['resolve'],
        onBreach: 'expire',
      },
    ],
  },
};

const STARTER_SCHEMA: RJSFSchema = {
  type: 'object',
  required: ['summary'],
  properties: {
    summary: { type: 'string', title: '事项摘要', minLength: 2, maxLength: 200 },
    details: { type: 'string', title: '详细说明', maxLength: 2000 },
  },
  additionalProperties: false,
};
const STARTER_UI: UiSchema = { 'ui:order': ['summary', 'details'], details: { 'ui:widget': 'textarea' } };

/** A registered process type as the editor offers it, with parameters to start from. */
export interface ProcessTypeOffer {
  name: string;
  starterParams: Record<string, unknown>;
}

/** Every registered process type with its starter parameters (empty where none is known yet). */
export function processTypeOffers(): ProcessTypeOffer[] {
  return Object.keys(PROCESS_TYPES).map((name) => ({ name, starterParams: structuredClone(STARTER_PARAMS[name] ?? {}) }));
}

/** The definition a new form starts as. */
export function starterDefinition(key: string, title: FormDefinition['title'], processType: string): FormDefinition {
  return {
    key,
    version: 1,
    title,
    description: { 'zh-CN': '', en: '' },
    audience: ['enterprise'],
    schema: structuredClone(STARTER_SCHEMA),
    uiSchema: structuredClone(STARTER_UI),
    i18n: { en: { '/summary': 'Summary', '/details': 'Details' } },
    process: { processType, params: structuredClone(STARTER_PARAMS[processType] ?? {}) },
  };
}
