// The gate's worker records are not submissions, so which of their columns are personal is read from the gate-check
// definition's schema itself: the newest version that is not a draft (a retired one still marks what it collected).
import type { RJSFSchema } from '@rjsf/utils';
import { fromJson } from '../../db';
import type { Db } from '../db-types';

/** The schema of the newest version of form `key` that is not a draft, or undefined when there is none. */
export async function newestNonDraftSchema(db: Db, key: string): Promise<RJSFSchema | undefined> {
  const row = await db('form_definitions').where({ key }).whereNot('status', 'draft').orderBy('version', 'desc').first('schema');
  return row ? fromJson<RJSFSchema>(row.schema) : undefined;
}
