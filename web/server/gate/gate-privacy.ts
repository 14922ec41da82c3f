// The gate's records (the register, the worker look-up) are worker records kept per site. They are not submissions,
// so their columns are tied to the gate-check form's fields, and the form's `x-personal` marks decide through the one
// personal-data policy, with the site as the reader's relation.
import type { Knex } from 'knex';
import { fromJson } from '#core/db';
import { maskValue } from '#core/privacy/mask';
import { personalFields, showsInFull, type Purpose, type Reader } from '#core/privacy/personal-data-policy';
import { GATE_FORM_KEY } from './gate-form';

/** Shows one value of a gate-check field as the reader may see it. */
export type GateMasker = (field: string, value: unknown) => unknown;

/** A masker for the worker records of one site, from the newest gate-check definition's marks. */
export async function gateMasker(db: Knex, reader: Reader, projectId: number, purpose: Purpose): Promise<GateMasker> {
  const row = await db('form_definitions')
    .where({ key: GATE_FORM_KEY })
    .whereNot('status', 'draft')
    .orderBy('version', 'desc')
    .first('schema');
  const kinds = row ? personalFields(fromJson(row.schema)) : {};
  const facts = { subject: 'worker' as const, enterpriseId: null, submitterId: null, siteProjectId: projectId, handler: false };
  return (field, value) => {
    const kind = kinds[field];
    return kind && !showsInFull(kind, reader, facts, purpose) ? maskValue(kind, value, reader.locale) : value;
  };
}
