// Opening a collection round: pin the form version and its params, plan the round's times, and write one report row
// per target enterprise in batches, so 10,000 enterprises are a few inserts, not 10,000 workflow steps.
import type { Knex } from 'knex';
import { toJson } from '#core/db';
import { planRound, roundRunsOn, type CollectionParams, type RoundPlan } from '#core/domain/collection-plan';
import { addDays, localDate, type CalendarDay } from '#core/domain/working-calendar';
import { latestPublishedForm } from '#forms/form-store';
import { configurationFault } from '../configuration-fault';
import { refreshRoundTotals } from '#core/stores/dashboard/collection-day-totals';

/** Input of openCollectionRound. */
export interface OpenRoundInput {
  formKey: string;
  /** When the round opens (the workflow's start time, ISO). */
  at: string;
  workflowId: string;
  /** A one-off campaign: its round id and the deadline the admin set; absent for a scheduled daily round. */
  campaign?: { roundId: string; deadline: string; openedBy: number | null };
}

/** What opening decided: a plan to follow, or why there is nothing to do. */
export interface OpenRoundResult {
  roundId: string | null;
  plan: RoundPlan | null;
  expected: number;
  /** Which templates the round's emails use, from the pinned params. */
  templates: { reminder: string; overdue: string };
  skipped?: 'no-form' | 'not-a-working-day' | 'already-open';
}

const BATCH = 200;
const templatesOf = (params?: CollectionParams) => ({
  reminder: params?.reminderTemplate ?? 'collection-reminder',
  overdue: params?.overdueTemplate ?? 'collection-overdue',
});

/** Ids of the enterprises a round targets, in id order. */
export async function targetEnterprises(db: Knex, target: CollectionParams['target']): Promise<number[]> {
  const query = db('enterprises').orderBy('id');
  if (target.kind === 'type') query.whereIn('type', target.types ?? []);
  if (target.kind === 'focus') query.where('focus', true);
  if (target.kind === 'list') query.whereIn('id', target.enterpriseIds ?? []);
  return (await query.pluck('id')).map(Number);
}

async function insertReports(db: Knex, roundId: string, enterpriseIds: number[], at: string): Promise<void> {
  await db.transaction(async (trx) => {
    for (let i = 0; i < enterpriseIds.length; i += BATCH) {
      const rows = enterpriseIds
        .slice(i, i + BATCH)
        .map((enterpriseId) => ({ round_id: roundId, enterprise_id: enterpriseId, status: 'expected', updated_at: at }));
      await trx('collection_reports').insert(rows).onConflict(['round_id', 'enterprise_id']).ignore();
    }
  });
}

/** Opens a round once: a repeat by the same workflow finds its own round; another workflow finds it taken. */
export async function openRound(db: Knex, timeZone: string, input: OpenRoundInput): Promise<OpenRoundResult> {
  const form = await latestPublishedForm(db, input.formKey);
  if (!form || form.process.processType !== 'collection')
    return { roundId: null, plan: null, expected: 0, templates: templatesOf(), skipped: 'no-form' };
  const params = form.process.params as unknown as CollectionParams;
  const date = localDate(input.at, timeZone);
  const calendar: CalendarDay[] = await db('calendar_days')
    .whereBetween('date', [addDays(date, -1), addDays(date, 90)])
    .select('date', 'kind');
  if (!input.campaign && !roundRunsOn(params, date, calendar))
    return { roundId: null, plan: null, expected: 0, templates: templatesOf(params), skipped: 'not-a-working-day' };
  const plan = configurationFault(() => planRound(params, Date.parse(input.at), timeZone, calendar, input.campaign?.deadline));
  const roundId = input.campaign?.roundId ?? `${form.key}/${date}`;
  await db('collection_rounds')
    .insert({
      id: roundId,
      form_key: form.key,
      form_version: form.version,
      recurrence: input.campaign ? 'once' : 'daily',
      local_date: date,
      params: toJson(params),
      opens_at: plan.opensAt,
      deadline_at: plan.deadlineAt,
      status: 'open',
      workflow_id: input.workflowId,
      opened_by: input.campaign?.openedBy ?? null,
      created_at: input.at,
    })
    .onConflict('id')
    .ignore();
  const round = await db('collection_rounds').where({ id: roundId }).first('workflow_id');
  if (round.workflow_id !== input.workflowId)
    return { roundId, plan: null, expected: 0, templates: templatesOf(params), skipped: 'already-open' };
  const enterpriseIds = await targetEnterprises(db, params.target);
  await insertReports(db, roundId, enterpriseIds, input.at);
  await db('collection_rounds').where({ id: roundId }).update({ expected_count: enterpriseIds.length });
  await refreshRoundTotals(db, roundId);
  return { roundId, plan, expected: enterpriseIds.length, templates: templatesOf(params) };
}
