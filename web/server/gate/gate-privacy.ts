// The gate's records (the register, the worker look-up) are worker records kept per site. They are not submissions,
// so their columns are tied to the gate-check form's fields, and the form's `x-personal` marks decide through the one
// personal-data policy, with the site as the reader's relation.
import { maskValue } from '#core/privacy/mask';
import { personalFields, showsInFull, type Purpose, type Reader } from '#core/privacy/personal-data-policy';
import type { Db } from '#core/stores/db-types';
import { newestNonDraftSchema } from '#core/stores/gate/gate-form-schema-store';
import { GATE_FORM_KEY } from './gate-form';

/** Shows one value of a gate-check field as the reader may see it. */
export type GateMasker = (field: string, value: unknown) => unknown;

/** A masker for the worker records of one site, from the newest gate-check definition's marks. */
export async function gateMasker(db: Db, reader: Reader, projectId: number, purpose: Purpose): Promise<GateMasker> {
  const schema = await newestNonDraftSchema(db, GATE_FORM_KEY);
  const kinds = schema ? personalFields(schema) : {};
  const facts = { subject: 'worker' as const, enterpriseId: null, submitterId: null, siteProjectId: projectId, handler: false };
  return (field, value) => {
    const kind = kinds[field];
    return kind && !showsInFull(kind, reader, facts, purpose) ? maskValue(kind, value, reader.locale) : value;
  };
}
