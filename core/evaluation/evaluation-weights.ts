// The enterprise evaluation's parameters: what each input is worth and which forms feed it. The notice asks that
// commended units be "tilted in the evaluation of enterprises" (000 §III.4); the bureau decides by how much, so the
// weights are data an admin edits (through a form generated from WEIGHTS_SCHEMA), not code.
import type { Db } from '../stores/db-types';
import { saveEvaluationWeights, savedEvaluationWeights } from '../stores/credit/evaluation-weights-store';

/** Points per unit of each input, and the forms each input is counted from. */
export interface EvaluationWeights {
  creditPoint: number;
  onTimeReport: number;
  lateReport: number;
  missedReport: number;
  resolvedDifficulty: number;
  inspectionPassed: number;
  inspectionFailed: number;
  objectionUpheld: number;
  reportForms: string[];
  difficultyForms: string[];
  inspectionForms: string[];
}

/** The inputs a score is made of, in the order pages and exports show them. */
export const EVALUATION_INPUTS = [
  'creditPoint',
  'onTimeReport',
  'lateReport',
  'missedReport',
  'resolvedDifficulty',
  'inspectionPassed',
  'inspectionFailed',
  'objectionUpheld',
] as const;

export type EvaluationInput = (typeof EVALUATION_INPUTS)[number];

/** Commendation points weigh most; a missed report or an upheld objection costs more than an on-time one earns. */
export const DEFAULT_WEIGHTS: EvaluationWeights = {
  creditPoint: 1,
  onTimeReport: 0.1,
  lateReport: -0.2,
  missedReport: -0.5,
  resolvedDifficulty: 0,
  inspectionPassed: 2,
  inspectionFailed: -2,
  objectionUpheld: -5,
  reportForms: ['daily-report'],
  difficultyForms: ['difficulty-report'],
  inspectionForms: ['resumption-readiness'],
};

const WEIGHT = { type: 'number', minimum: -100, maximum: 100 } as const;
const FORM_KEYS = { type: 'array', items: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' }, maxItems: 20, uniqueItems: true } as const;

/** JSON Schema of the weights: the route validates with it and the admin page generates its editor from it. */
export const WEIGHTS_SCHEMA = {
  type: 'object',
  required: [...EVALUATION_INPUTS, 'reportForms', 'difficultyForms', 'inspectionForms'],
  additionalProperties: false,
  properties: {
    ...Object.fromEntries(EVALUATION_INPUTS.map((input) => [input, WEIGHT])),
    reportForms: FORM_KEYS,
    difficultyForms: FORM_KEYS,
    inspectionForms: FORM_KEYS,
  },
} as const;

/** The saved weights, or the defaults; inputs added after a save take their default. */
export async function readEvaluationWeights(db: Db): Promise<EvaluationWeights> {
  return { ...DEFAULT_WEIGHTS, ...((await savedEvaluationWeights(db)) ?? {}) };
}

/** Saves the whole weights object (the caller validated it against WEIGHTS_SCHEMA and its forms with weightFormProblems). */
export async function writeEvaluationWeights(db: Db, weights: EvaluationWeights, now = new Date()): Promise<void> {
  await saveEvaluationWeights(db, weights, now.toISOString());
}
