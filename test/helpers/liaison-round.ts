// A liaison round written straight into the database (no workflow): for tests of what the app does with one — the
// office's list sent on demand, the campaign panel's button. Enterprise 1 designated on time, enterprise 6 is missing.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { insertExpectedReports, insertRoundOnce } from '#core/stores/collections/round-store';
import { readShippedForms } from '#forms/shipped-forms';

/** The shipped liaison designation's params (a liaison round); pass others for a round that is not one. */
export const LIAISON_PARAMS = () => readShippedForms().find((f) => f.key === 'liaison-designation')!.process.params;

/** Inserts the round of the published liaison designation form with `params`; returns its id. */
export async function insertLiaisonRound(db: Knex, params: Record<string, unknown> = LIAISON_PARAMS()): Promise<string> {
  const form = await db('form_definitions').where({ key: 'liaison-designation' }).orderBy('version', 'desc').first('version');
  const id = `liaison-designation/campaign-${randomUUID().slice(0, 8)}`;
  const at = '2026-02-10T01:00:00.000Z';
  await insertRoundOnce(db, {
    id,
    formKey: 'liaison-designation',
    formVersion: Number(form.version),
    recurrence: 'once',
    localDate: '2026-02-10',
    params: params as never,
    opensAt: at,
    deadlineAt: '2026-02-17T10:00:00.000Z',
    workflowId: `collection-round-${id}`,
    openedBy: null,
    createdAt: at,
  });
  await insertExpectedReports(db, id, [1, 6], at);
  await db('collection_reports').where({ round_id: id, enterprise_id: 1 }).update({ status: 'on_time' });
  await db('collection_reports').where({ round_id: id, enterprise_id: 6 }).update({ status: 'missed' });
  return id;
}
