// The credit ledger's only door: entries are inserted, read and summed here, never updated or deleted (the database
// refuses that too, by trigger). A mistake is undone by a compensating entry that names the one it reverses.
import type { LocalizedText } from '#core/domain/locale';
import { fromJson } from '../../db';
import type { Db } from '../db-types';

/** One line of an enterprise's credit record. */
export interface CreditEntry {
  id: number;
  enterpriseId: number;
  points: number;
  reason: string;
  basis: string;
  approverId: number | null;
  approverName: string | null;
  submissionId: string | null;
  /** The case the entry rests on, by its number and form title (the stored basis names it by its id). */
  caseNumber: string | null;
  formTitle: LocalizedText | null;
  reversesId: number | null;
  reversedById: number | null;
  /** When the entry this one reverses was made, and when this one was reversed: people name an entry by its time. */
  reversesAt: string | null;
  reversedAt: string | null;
  createdAt: string;
}

/** What a new entry says; `key` makes the insert idempotent (one per workflow step or admin request). */
export interface NewCreditEntry {
  key: string;
  enterpriseId: number;
  points: number;
  reason: string;
  basis: string;
  approverId: number | null;
  submissionId?: string | null;
  reversesId?: number | null;
  at: string;
}

type Row = Record<string, unknown>;

function toEntry(row: Row): CreditEntry {
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    points: Number(row.points),
    reason: String(row.reason),
    basis: String(row.basis),
    approverId: row.approver_id == null ? null : Number(row.approver_id),
    approverName: (row.approver_name as string | null) ?? null,
    submissionId: (row.submission_id as string | null) ?? null,
    caseNumber: (row.case_number as string | null) ?? null,
    formTitle: row.form_title == null ? null : fromJson<LocalizedText>(row.form_title),
    reversesId: row.reverses_id == null ? null : Number(row.reverses_id),
    reversedById: row.reversed_by_id == null ? null : Number(row.reversed_by_id),
    reversesAt: row.reverses_at == null ? null : String(row.reverses_at),
    reversedAt: row.reversed_at == null ? null : String(row.reversed_at),
    createdAt: String(row.created_at),
  };
}

function selectEntries(db: Db) {
  return db('credit_entries as c')
    .leftJoin('users as u', 'u.id', 'c.approver_id')
    .leftJoin('credit_entries as r', 'r.reverses_id', 'c.id')
    .leftJoin('credit_entries as o', 'o.id', 'c.reverses_id')
    .leftJoin('submissions as s', 's.id', 'c.submission_id')
    .leftJoin('form_definitions as f', function joinForm() {
      this.on('f.key', 's.form_key').andOn('f.version', 's.form_version');
    })
    .select(
      'c.*',
      'u.display_name as approver_name',
      'r.id as reversed_by_id',
      'r.created_at as reversed_at',
      'o.created_at as reverses_at',
      's.case_number',
      'f.title as form_title',
    );
}

/** Appends an entry once per key and returns it (the first one written under that key, on a repeat). */
export async function appendCreditEntry(db: Db, entry: NewCreditEntry): Promise<CreditEntry> {
  await db('credit_entries')
    .insert({
      entry_key: entry.key,
      enterprise_id: entry.enterpriseId,
      points: entry.points,
      reason: entry.reason,
      basis: entry.basis,
      approver_id: entry.approverId,
      submission_id: entry.submissionId ?? null,
      reverses_id: entry.reversesId ?? null,
      created_at: entry.at,
    })
    .onConflict('entry_key')
    .ignore();
  const row: Row | undefined = await selectEntries(db).where('c.entry_key', entry.key).first();
  return toEntry(row!);
}

/** One entry by id, or undefined. */
export async function findCreditEntry(db: Db, id: number): Promise<CreditEntry | undefined> {
  const row = await selectEntries(db).where('c.id', id).first();
  return row ? toEntry(row) : undefined;
}

/** A page of an enterprise's entries, newest first; the sum of all of them (`total`) and how many there are (`count`). */
export async function creditLedger(
  db: Db,
  enterpriseId: number,
  paging: { limit: number; offset: number },
): Promise<{ entries: CreditEntry[]; total: number; count: number }> {
  const rows = await selectEntries(db)
    .where('c.enterprise_id', enterpriseId)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(paging.limit)
    .offset(paging.offset);
  const sum = await db('credit_entries').where({ enterprise_id: enterpriseId }).sum({ total: 'points' }).count({ n: '*' }).first();
  return { entries: rows.map(toEntry), total: Number(sum?.total ?? 0), count: Number(sum?.n ?? 0) };
}
