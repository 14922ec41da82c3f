// Registry of process types: each names the workflow that runs it and the JSON Schema of its params.
import type { RJSFSchema } from '@rjsf/utils';

/** A registered process type. */
export interface ProcessType {
  /** Workflow function name exported from workflows/index.ts. */
  workflowType: string;
  /** JSON Schema the definition's `params` must satisfy. */
  paramsSchema: RJSFSchema;
}

const DURATION = { type: 'string', pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|sec|seconds?|m|min|minutes?|h|hours?|d|days?)$' } as const;
const TEMPLATE = { type: 'string', pattern: '^[a-z0-9-]+$' } as const;

/** Process types by name. `receipt` is the foundation's wiring slice; ladder, collection and monitoring join later. */
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
};
