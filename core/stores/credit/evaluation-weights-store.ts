// Where the evaluation's weights are kept: one JSON value in the settings table, under a key readSettings does not
// list. Filling in the defaults for what a save left out is core/evaluation's.
import { fromJson, toJson } from '../../db';
import type { EvaluationWeights } from '../../evaluation/evaluation-weights';
import type { Db } from '../db-types';

/** The settings key the weights are saved under. */
export const WEIGHTS_SETTING_KEY = 'evaluationWeights';

/** The weights as last saved (possibly missing inputs added since), or undefined when they never were. */
export async function savedEvaluationWeights(db: Db): Promise<Partial<EvaluationWeights> | undefined> {
  const row: { value: unknown } | undefined = await db('settings').where({ key: WEIGHTS_SETTING_KEY }).first('value');
  return row ? fromJson<Partial<EvaluationWeights>>(row.value) : undefined;
}

/** Saves the whole weights object over the previous one. */
export async function saveEvaluationWeights(db: Db, weights: EvaluationWeights, at: string): Promise<void> {
  await db('settings')
    .insert({ key: WEIGHTS_SETTING_KEY, value: toJson(weights), updated_at: at })
    .onConflict('key')
    .merge();
}
