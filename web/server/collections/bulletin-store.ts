// Stored bulletins for the app: a list of summaries, and one bulletin in full.
import type { Knex } from 'knex';
import { fromJson } from '../../../core/db';
import type { Locale } from '../../../core/domain/locale';
import type { BulletinData } from '../../../core/domain/bulletin';
import { bulletinForReader } from '../../../core/privacy/bulletin-notes';
import { FREE_TEXT_MASK } from '../../../core/privacy/mask';
import type { Reader } from '../../../core/privacy/personal-data-policy';

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

/** One bulletin: its data and the text the email template rendered, in the reader's language, with the notes the
 * reader may not read masked in both (the stored text was rendered for the bulletin's addressees). */
export async function findBulletin(
  db: Knex,
  roundId: string,
  reader: Reader,
): Promise<{ roundId: string; createdAt: string; data: BulletinData; text: string; subject: string } | undefined> {
  const row = await db('collection_bulletins').where({ round_id: roundId }).first();
  if (!row) return undefined;
  const locale: Locale = reader.locale;
  const rendered = fromJson<Record<Locale, { subject: string; text: string }>>(row.rendered)[locale];
  const { data, hidden } = await bulletinForReader(db, fromJson<Record<Locale, BulletinData>>(row.data)[locale], reader, 'list');
  const text = hidden.filter(Boolean).reduce((out, note) => out.split(note).join(FREE_TEXT_MASK[locale]), rendered.text);
  return { roundId, createdAt: row.created_at, data, text, subject: rendered.subject };
}
