// The `collection_bulletins` table: a round's rendered bulletin stored (replacing an earlier rendering), and for the
// app a list of summaries and one bulletin in full, each for the readers its round's params name (admins and HQ by
// default, plus the roles it is emailed to). An enterprise among them reads its own notes only, and not the rendered
// email text, which carries everyone's.
import { publicId } from '../../domain/public-id';
import { fromJson, toJson } from '../../db';
import { DEFAULT_BULLETIN_READERS, type CollectionParams } from '../../domain/collection-plan';
import type { Locale } from '../../domain/locale';
import type { Role } from '../../org/org-types';
import type { BulletinData, BulletinSummary } from '../../domain/bulletin';
import { bulletinForReader } from '../../privacy/bulletin-notes';
import { FREE_TEXT_MASK } from '../../privacy/mask';
import type { Reader } from '../../privacy/personal-data-policy';
import type { UserFields } from '../../org/user-fields';
import type { Db } from '../db-types';

/** Who reads a round's bulletin: the roles its params name (admins and HQ by default) and those it is emailed to. */
export function bulletinReaders(params: Partial<CollectionParams>): string[] {
  return [...new Set<string>([...(params.bulletinReaders ?? DEFAULT_BULLETIN_READERS), ...(params.bulletin?.to ?? [])])];
}

/** What deciding who reads a bulletin needs to know of the signed-in user. */
type BulletinUser = Pick<UserFields, 'role' | 'enterpriseId'>;

const mayRead = (user: BulletinUser, params: unknown) =>
  bulletinReaders(fromJson<Partial<CollectionParams>>(params) ?? {}).includes(user.role);

/** A page of the bulletins `user` may read, newest first, in the reader's language, and how many they may read in all. */
export async function listBulletins(
  db: Db,
  user: BulletinUser,
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
  db: Db,
  user: BulletinUser,
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

/** A rendered bulletin to store: both languages' data and email text. */
export interface StoredBulletin {
  roundId: string;
  formKey: string;
  localDate: string;
  data: unknown;
  rendered: unknown;
  createdAt: string;
}

/** Stores the round's bulletin, replacing an earlier rendering of the same round. */
export async function saveBulletin(db: Db, bulletin: StoredBulletin): Promise<void> {
  const row = {
    round_id: bulletin.roundId,
    form_key: bulletin.formKey,
    local_date: bulletin.localDate,
    data: toJson(bulletin.data),
    rendered: toJson(bulletin.rendered),
    created_at: bulletin.createdAt,
  };
  await db('collection_bulletins').insert(row).onConflict('round_id').merge();
}

/** The texts of a form version a bulletin is built from: its title, schema, UI schema and translations. */
export interface BulletinForm {
  title: unknown;
  schema: unknown;
  uiSchema: unknown;
  i18n: unknown;
}

/** The form version a round pinned, as its bulletin reads it. */
export async function bulletinForm(db: Db, formKey: string, version: number): Promise<BulletinForm> {
  const form: Record<string, unknown> = await db('form_definitions').where({ key: formKey, version }).first();
  return { title: form.title, schema: form.schema, uiSchema: form.ui_schema, i18n: form.i18n };
}

/** One report of a round as its bulletin lists it: the enterprise, the status and, once reported, the submission. */
export interface BulletinReport {
  status: string;
  submittedAt: string | null;
  submissionId: string | null;
  enterpriseId: number;
  name: string;
  data: unknown;
}

/** The round's reports with their enterprises' names and the reported data, by enterprise name. */
export async function bulletinReports(db: Db, roundId: string): Promise<BulletinReport[]> {
  const rows: Record<string, unknown>[] = await db('collection_reports as r')
    .join('enterprises as e', 'e.id', 'r.enterprise_id')
    .leftJoin('submissions as s', 's.id', 'r.submission_id')
    .where('r.round_id', roundId)
    .orderBy('e.name')
    .select('r.status', 'r.submitted_at', 'r.submission_id', 'r.enterprise_id', 'e.name', 's.data');
  return rows.map((row) => ({
    status: String(row.status),
    submittedAt: (row.submitted_at as string | null) ?? null,
    submissionId: (row.submission_id as string | null) ?? null,
    enterpriseId: Number(row.enterprise_id),
    name: row.name as string,
    data: row.data,
  }));
}

/** Someone the bulletin is emailed to, with what the personal-data policy needs to know of them. */
export interface BulletinRecipient {
  id: number;
  email: string;
  locale: string;
  role: Role;
  enterpriseId: number | null;
  projectId: number | null;
  workingGroupId: number | null;
}

/** Active users with an email in any of `roles`, in id order. */
export async function bulletinRecipients(db: Db, roles: readonly string[]): Promise<BulletinRecipient[]> {
  const rows: Record<string, unknown>[] = await db('users')
    .whereIn('role', roles)
    .where({ active: true })
    .whereNotNull('email')
    .orderBy('id')
    .select('id', 'email', 'locale', 'role', 'enterprise_id', 'project_id', 'working_group_id');
  return rows.map((row) => ({
    id: Number(row.id),
    email: String(row.email),
    locale: String(row.locale),
    role: String(row.role) as Role,
    enterpriseId: (row.enterprise_id as number | null) ?? null,
    projectId: (row.project_id as number | null) ?? null,
    workingGroupId: (row.working_group_id as number | null) ?? null,
  }));
}
