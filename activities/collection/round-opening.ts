// Opening a collection round: pin the form version and its params, plan the round's times, write one report row per
// target enterprise in batches, so 10,000 enterprises are a few inserts, not 10,000 workflow steps, and file the
// reports of the round's day submitted before it opened.
import type { Knex } from '#core/stores';
import { calendarDaysBetween } from '#core/stores/calendar-store';
import {
  dailyRoundId,
  insertExpectedReports,
  insertRoundOnce,
  roundWorkflowId,
  setExpectedCount,
  targetEnterprises,
} from '#core/stores/collections/round-store';
import { planRound, roundRunsOn, type CollectionParams, type RoundPlan } from '#core/domain/collection-plan';
import { addDays, localDate } from '#core/domain/working-calendar';
import { latestPublishedForm } from '#core/stores/forms/form-store';
import { configurationFault } from '../configuration-fault';
import { refreshRoundTotals } from '#core/stores/dashboard/collection-day-totals';
import { fileEarlyReports } from './file-early-reports';

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

const templatesOf = (params?: CollectionParams) => ({
  reminder: params?.reminderTemplate ?? 'collection-reminder',
  overdue: params?.overdueTemplate ?? 'collection-overdue',
});

/** Opens a round once: a repeat by the same workflow finds its own round; another workflow finds it taken. */
export async function openRound(db: Knex, timeZone: string, input: OpenRoundInput): Promise<OpenRoundResult> {
  const form = await latestPublishedForm(db, input.formKey);
  if (!form || form.process.processType !== 'collection')
    return { roundId: null, plan: null, expected: 0, templates: templatesOf(), skipped: 'no-form' };
  const params = form.process.params as unknown as CollectionParams;
  const date = localDate(input.at, timeZone);
  const calendar = await calendarDaysBetween(db, addDays(date, -1), addDays(date, 90));
  if (!input.campaign && !roundRunsOn(params, date, calendar))
    return { roundId: null, plan: null, expected: 0, templates: templatesOf(params), skipped: 'not-a-working-day' };
  const plan = configurationFault(() => planRound(params, Date.parse(input.at), timeZone, calendar, input.campaign?.deadline));
  const roundId = input.campaign?.roundId ?? dailyRoundId(form.key, date);
  await insertRoundOnce(db, {
    id: roundId,
    formKey: form.key,
    formVersion: form.version,
    recurrence: input.campaign ? 'once' : 'daily',
    localDate: date,
    params,
    opensAt: plan.opensAt,
    deadlineAt: plan.deadlineAt,
    workflowId: input.workflowId,
    openedBy: input.campaign?.openedBy ?? null,
    createdAt: input.at,
  });
  if ((await roundWorkflowId(db, roundId)) !== input.workflowId)
    return { roundId, plan: null, expected: 0, templates: templatesOf(params), skipped: 'already-open' };
  const enterpriseIds = await targetEnterprises(db, params.target);
  await insertExpectedReports(db, roundId, enterpriseIds, input.at);
  await setExpectedCount(db, roundId, enterpriseIds.length);
  await refreshRoundTotals(db, roundId);
  // Reports of this day submitted before the round existed are filed now, not chased as missing.
  await fileEarlyReports(db, timeZone, { id: roundId, formKey: form.key, localDate: date }, input.at);
  return { roundId, plan, expected: enterpriseIds.length, templates: templatesOf(params) };
}
