// Stored bulletins for the app: a list of summaries, and one bulletin in full.
import type { Knex } from 'knex';
import { fromJson } from '../../../core/db';
import type { Locale } from '../../../core/domain/locale';
import type { BulletinData } from '../../../core/domain/bulletin';

/** A bulletin in the list. */
export interface BulletinSummary {
  roundId: string;
  formKey: string;
  date: string;
  formTitle: string;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  createdAt: string;
}

/** The newest bulletins, in the reader's language. */
export async function listBulletins(db: Knex, locale: Locale, limit = 60): Promise<BulletinSummary[]> {
  const rows = await db('collection_bulletins')
    .orderBy('local_date', 'desc')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .select('round_id', 'form_key', 'local_date', 'data', 'created_at');
  return rows.map((row) => {
    const data = fromJson<Record<Locale, BulletinData>>(row.data)[locale];
    return {
      roundId: row.round_id,
      formKey: row.form_key,
      date: row.local_date,
      formTitle: data.formTitle,
      expected: data.expected,
      onTime: data.onTime,
      late: data.late,
      missing: data.missing,
      createdAt: row.created_at,
    };
  });
}

/** One bulletin: its data and the text the email template rendered, in the reader's language. */
export async function findBulletin(
  db: Knex,
  roundId: string,
  locale: Locale,
): Promise<{ roundId: string; createdAt: string; data: BulletinData; text: string; subject: string } | undefined> {
  const row = await db('collection_bulletins').where({ round_id: roundId }).first();
  if (!row) return undefined;
  const rendered = fromJson<Record<Locale, { subject: string; text: string }>>(row.rendered)[locale];
  return {
    roundId,
    createdAt: row.created_at,
    data: fromJson<Record<Locale, BulletinData>>(row.data)[locale],
    text: rendered.text,
    subject: rendered.subject,
  };
}
