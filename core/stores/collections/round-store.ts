// The `collection_rounds` table and the report rows a round opens with: the round's pinned params and times, who opened
// it, and the one `expected` report row per target enterprise, written in batches inside one transaction (issue 21:
// 100,000 enterprises are a few hundred inserts, not a workflow step each).
import { fromJson, toJson } from '../../db';
import type { CollectionParams } from '../../domain/collection-plan';
import type { LocalizedText } from '../../domain/locale';
import type { Db } from '../db-types';

/** A round as its timed steps read it, with its form's title. */
export interface RoundFacts {
  formKey: string;
  date: string;
  deadlineAt: string;
  title: LocalizedText;
  /** A one-off campaign (the liaison designation "before February 17"): its date is the day it opened, not a report's. */
  campaign: boolean;
}

/** A new round: its pinned form version and params and its planned times. */
export interface NewRound {
  id: string;
  formKey: string;
  formVersion: number;
  recurrence: 'daily' | 'once';
  localDate: string;
  params: CollectionParams;
  opensAt: string;
  deadlineAt: string;
  workflowId: string;
  openedBy: number | null;
  createdAt: string;
}

// Report rows are inserted this many at a time.
const BATCH = 200;

/** Writes the round unless a round with its id exists already (then nothing changes). */
export async function insertRoundOnce(db: Db, round: NewRound): Promise<void> {
  await db('collection_rounds')
    .insert({
      id: round.id,
      form_key: round.formKey,
      form_version: round.formVersion,
      recurrence: round.recurrence,
      local_date: round.localDate,
      params: toJson(round.params),
      opens_at: round.opensAt,
      deadline_at: round.deadlineAt,
      status: 'open',
      workflow_id: round.workflowId,
      opened_by: round.openedBy,
      created_at: round.createdAt,
    })
    .onConflict('id')
    .ignore();
}

/** Id of the round of a daily collection on a local date (`daily-report/2026-12-06`). */
export function dailyRoundId(formKey: string, localDate: string): string {
  return `${formKey}/${localDate}`;
}

/** The workflow that opened the round, or undefined when there is no such round. */
export async function roundWorkflowId(db: Db, roundId: string): Promise<string | undefined> {
  const round: { workflow_id: string } | undefined = await db('collection_rounds').where({ id: roundId }).first('workflow_id');
  return round ? String(round.workflow_id) : undefined;
}

/** Ids of the enterprises a round targets, in id order. */
export async function targetEnterprises(db: Db, target: CollectionParams['target']): Promise<number[]> {
  const query = db('enterprises').orderBy('id');
  if (target.kind === 'type') query.whereIn('type', target.types ?? []);
  if (target.kind === 'focus') query.where('focus', true);
  if (target.kind === 'list') query.whereIn('id', target.enterpriseIds ?? []);
  return (await query.pluck('id')).map(Number);
}

/** One `expected` report row per enterprise (an existing row is kept), in batches, in one transaction. */
export async function insertExpectedReports(db: Db, roundId: string, enterpriseIds: number[], at: string): Promise<void> {
  await db.transaction(async (trx) => {
    for (let i = 0; i < enterpriseIds.length; i += BATCH) {
      const rows = enterpriseIds
        .slice(i, i + BATCH)
        .map((enterpriseId) => ({ round_id: roundId, enterprise_id: enterpriseId, status: 'expected', updated_at: at }));
      await trx('collection_reports').insert(rows).onConflict(['round_id', 'enterprise_id']).ignore();
    }
  });
}

/** Records how many reports the round expects. */
export async function setExpectedCount(db: Db, roundId: string, expected: number): Promise<void> {
  await db('collection_rounds').where({ id: roundId }).update({ expected_count: expected });
}

/** At the deadline: reports still expected become missed and the round closes; answers how many were missed. */
export async function closeRoundRows(db: Db, roundId: string, at: string): Promise<number> {
  const missed = await db('collection_reports')
    .where({ round_id: roundId, status: 'expected' })
    .update({ status: 'missed', updated_at: at });
  await db('collection_rounds').where({ id: roundId }).update({ status: 'closed', closed_at: at });
  return missed;
}

/** The round's form, date and deadline, with the title of the form version it pinned. */
export async function roundFacts(db: Db, roundId: string): Promise<RoundFacts> {
  const round: { form_key: string; recurrence: string; local_date: string; deadline_at: string; title: unknown } = await db(
    'collection_rounds as k',
  )
    .join('form_definitions as f', function joinForm() {
      this.on('f.key', 'k.form_key').andOn('f.version', 'k.form_version');
    })
    .where('k.id', roundId)
    .first('k.form_key', 'k.recurrence', 'k.local_date', 'k.deadline_at', 'f.title');
  return {
    formKey: round.form_key,
    date: round.local_date,
    deadlineAt: round.deadline_at,
    title: fromJson<LocalizedText>(round.title),
    campaign: round.recurrence === 'once',
  };
}

/** The params the round pinned when it opened, or undefined when there is no such round. */
export async function roundParams(db: Db, roundId: string): Promise<CollectionParams | undefined> {
  const round: { params: unknown } | undefined = await db('collection_rounds').where({ id: roundId }).first('params');
  return round ? fromJson<CollectionParams>(round.params) : undefined;
}

/** A round's key facts for its bulletin: form, pinned version, date, deadline and params. */
export interface RoundRow {
  id: string;
  formKey: string;
  formVersion: number;
  localDate: string;
  deadlineAt: string;
  params: CollectionParams;
}

/** The round with this id. */
export async function findRound(db: Db, roundId: string): Promise<RoundRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('collection_rounds').where({ id: roundId }).first();
  if (!row) return undefined;
  return {
    id: String(row.id),
    formKey: String(row.form_key),
    formVersion: Number(row.form_version),
    localDate: String(row.local_date),
    deadlineAt: String(row.deadline_at),
    params: fromJson<CollectionParams>(row.params),
  };
}
