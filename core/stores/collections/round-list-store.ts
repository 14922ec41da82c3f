// The list of collection rounds an admin pages through: each round with how many of the enterprises it asked have
// reported so far, counted from its report rows.
import type { Page } from '../../api/paging-types';
import { fromJson } from '../../db';
import type { CollectionParams } from '../../domain/collection-plan';
import type { Db } from '../db-types';
import { pageOfQuery, type PageQuery } from '../page-of-query';

/** A round as the list shows it. */
export interface RoundSummary {
  /** The round's key (`daily-report/2026-12-04`, `…/campaign-…`). */
  id: string;
  formKey: string;
  recurrence: string;
  localDate: string;
  deadlineAt: string;
  status: string;
  /** How many enterprises the round asked. */
  expected: number;
  /** How many of them have filed a report. */
  reported: number;
  /** A liaison designation round (its params name liaison fields): it has a liaison list for the office. */
  liaisonList: boolean;
}

/** What the round list may be narrowed by. */
export interface RoundFilter {
  formKey?: string;
  status?: string;
}

interface RoundSummaryRow {
  id: string;
  form_key: string;
  recurrence: string;
  local_date: string;
  deadline_at: string;
  status: string;
  expected_count: number;
  reported: number | string | null;
}

/** One page of the rounds, newest opening first, with their reported counts. */
export async function roundPage(db: Db, filter: RoundFilter, paging: PageQuery): Promise<{ rounds: RoundSummary[]; page: Page }> {
  const rounds = db('collection_rounds as k')
    .leftJoin('collection_reports as r', 'r.round_id', 'k.id')
    .groupBy('k.id', 'k.form_key', 'k.recurrence', 'k.local_date', 'k.deadline_at', 'k.status', 'k.opens_at', 'k.expected_count')
    .orderBy('k.opens_at', 'desc')
    .orderBy('k.id', 'desc')
    .select(
      'k.id',
      'k.form_key',
      'k.recurrence',
      'k.local_date',
      'k.deadline_at',
      'k.status',
      'k.expected_count',
      db.raw('sum(case when r.submission_id is not null then 1 else 0 end) as reported'),
    );
  if (filter.formKey) rounds.where('k.form_key', filter.formKey);
  if (filter.status) rounds.where('k.status', filter.status);
  const { rows, page } = await pageOfQuery<RoundSummaryRow>(db, rounds, paging);
  // The params apart from the grouped counts (a JSON column is not grouped by): a page's worth of rows.
  const params: { id: string; params: unknown }[] = rows.length
    ? await db('collection_rounds')
        .whereIn(
          'id',
          rows.map((row) => row.id),
        )
        .select('id', 'params')
    : [];
  const liaison = new Set(params.filter((row) => fromJson<CollectionParams>(row.params)?.liaisonFields).map((row) => row.id));
  return {
    rounds: rows.map((row) => ({
      id: row.id,
      formKey: row.form_key,
      recurrence: row.recurrence,
      localDate: row.local_date,
      deadlineAt: row.deadline_at,
      status: row.status,
      expected: Number(row.expected_count),
      reported: Number(row.reported ?? 0),
      liaisonList: liaison.has(row.id),
    })),
    page,
  };
}
