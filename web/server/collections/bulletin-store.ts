// Stored bulletins for the app: a list of summaries, and one bulletin in full, each for the readers its round's params
// name (admins and HQ by default, plus the roles it is emailed to). An enterprise among them reads its own notes only,
// and not the rendered email text, which carries everyone's.
import type { Knex } from 'knex';
import { publicId } from '#core/domain/public-id';
import { fromJson } from '#core/db';
import { DEFAULT_BULLETIN_READERS, type CollectionParams } from '#core/domain/collection-plan';
import type { Locale } from '#core/domain/locale';
import type { BulletinData, BulletinSummary } from '#core/domain/bulletin';
import { bulletinForReader } from '#core/privacy/bulletin-notes';
import { FREE_TEXT_MASK } from '#core/privacy/mask';
import type { Reader } from '#core/privacy/personal-data-policy';
import type { SessionUser } from '../request-context';

/** Who reads a round's bulletin: the roles its params name (admins and HQ by default) and those it is emailed to. */
export function bulletinReaders(params: Partial<CollectionParams>): string[] {
  return [...new Set<string>([...(params.bulletinReaders ?? DEFAULT_BULLETIN_READERS), ...(params.bulletin?.to ?? [])])];
}

const mayRead = (user: SessionUser, params: unknown) =>
  bulletinReaders(fromJson<Partial<CollectionParams>>(params) ?? {}).includes(user.role);

/** A page of the bulletins `user` may read, newest first, in the reader's language, and how many they may read in all. */
export async function listBulletins(
  db: Knex,
  user: SessionUser,
  locale: Locale,
  filter: { formKey?: string; limit: number; offset: number },
): Promise<{ bulletins: BulletinSummary[]; total: number }> {
  // Readers are in each round's params snapshot (JSON, read here rather than in SQL that differs per database): the
  // readable ones are found from the keys and params alone, and only the page's bulletins are read in full.
  const listed = db('collection_bulletins as b')
    .join('collection_rounds as k', 'k.id', 'b.round_id')
    .orderBy('b.local_date', 'desc')
    .orderBy('b.created_at', 'desc')
    .orderBy('b.round_id', 'desc');
  if (filter.formKey) listed.where('b.form_key', filter.formKey);
  const readable = (await listed.select('b.round_id', 'k.params')).filter((row) => mayRead(user, row.params));
  const page = readable.slice(filter.offset, filter.offset + filter.limit).map((row) => String(row.round_id));
  const rows = page.length
    ? await db('collection_bulletins').whereIn('round_id', page).select('round_id', 'form_key', 'local_date', 'data', 'created_at')
    : [];
  const byRound = new Map(rows.map((row) => [String(row.round_id), row]));
  const bulletins = page.map((roundId) => {
    const row = byRound.get(roundId)!;
    const data = fromJson<Record<Locale, BulletinData>>(row.data)[locale];
    return {
      roundId: publicId(String(row.round_id)),
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
  return { bulletins, total: readable.length };
}

/** One bulletin `user` may read (undefined otherwise): its data and the text the email template rendered, in the
 * reader's language, with the notes the reader may not read masked in both; for an enterprise, its own notes only and
 * no rendered text (it carries everyone's). */
export async function findBulletin(
  db: Knex,
  user: SessionUser,
  which: { formKey: string; date: string },
  reader: Reader,
): Promise<{ roundId: string; createdAt: string; data: BulletinData; text: string | null; subject: string } | undefined> {
  const row = await db('collection_bulletins as b')
    .join('collection_rounds as k', 'k.id', 'b.round_id')
    .where({ 'b.form_key': which.formKey, 'b.local_date': which.date })
    .orderBy('b.created_at', 'desc')
    .first('b.*', 'k.params');
  if (!row || !mayRead(user, row.params)) return undefined;
  const locale: Locale = reader.locale;
  const rendered = fromJson<Record<Locale, { subject: string; text: string }>>(row.rendered)[locale];
  const stored = fromJson<Record<Locale, BulletinData>>(row.data)[locale];
  const enterprise = user.role === 'enterprise';
  const notes = enterprise
    ? stored.notes.filter((note) => note.enterpriseId !== undefined && note.enterpriseId === user.enterpriseId)
    : stored.notes;
  const { data, hidden } = await bulletinForReader(db, { ...stored, notes }, reader, 'list');
  const text = enterprise
    ? null
    : hidden.filter(Boolean).reduce((out, note) => out.split(note).join(FREE_TEXT_MASK[locale]), rendered.text);
  return { roundId: publicId(String(row.round_id)), createdAt: row.created_at, data, text, subject: rendered.subject };
}
