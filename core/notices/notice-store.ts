// The public bulletin's notices: publicity windows that accept objections, and commendations published after one
// closed without any. Written by the notice activities (once per key), read by the public bulletin page.
import type { Knex } from 'knex';
import { fromJson, toJson } from '../db';
import type { Locale } from '../domain/locale';

/** A notice's rendered text in one language. */
export interface NoticeText {
  title: string;
  text: string;
}

/** A notice as the bulletin shows it. */
export interface NoticeView {
  id: number;
  /** An article is the bureau's own piece (good practice, a solved problem), published after HQ approval. */
  kind: 'publicity' | 'commendation' | 'article';
  /** publicity: open → (under-review → open)* → closed | objected; commendation, article: published → withdrawn. */
  status: 'open' | 'under-review' | 'closed' | 'objected' | 'published' | 'withdrawn';
  submissionId: string;
  enterpriseId: number | null;
  content: Record<Locale, NoticeText>;
  closesAt: string | null;
  createdAt: string;
}

/** A new notice; `key` makes the insert idempotent. */
export interface NewNotice {
  key: string;
  kind: NoticeView['kind'];
  status: NoticeView['status'];
  submissionId: string;
  enterpriseId: number | null;
  content: Record<Locale, NoticeText>;
  closesAt: string | null;
  at: string;
}

type Row = Record<string, unknown>;

function toView(row: Row): NoticeView {
  return {
    id: Number(row.id),
    kind: row.kind as NoticeView['kind'],
    status: row.status as NoticeView['status'],
    submissionId: String(row.submission_id),
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    content: fromJson<Record<Locale, NoticeText>>(row.content),
    closesAt: (row.closes_at as string | null) ?? null,
    createdAt: String(row.created_at),
  };
}

/** Inserts a notice once per key and returns its id. */
export async function insertNotice(db: Knex, notice: NewNotice): Promise<number> {
  await db('notices')
    .insert({
      notice_key: notice.key,
      kind: notice.kind,
      status: notice.status,
      submission_id: notice.submissionId,
      enterprise_id: notice.enterpriseId,
      content: toJson(notice.content),
      closes_at: notice.closesAt,
      created_at: notice.at,
      updated_at: notice.at,
    })
    .onConflict('notice_key')
    .ignore();
  const row = await db('notices').where({ notice_key: notice.key }).first('id');
  return Number(row.id);
}

/** Ends an open (or paused) publicity window as closed (no objection) or objected; a repeat changes nothing. */
export async function endPublicity(db: Knex, key: string, status: 'closed' | 'objected', at: string): Promise<void> {
  await db('notices')
    .where({ notice_key: key, kind: 'publicity' })
    .whereIn('status', ['open', 'under-review'])
    .update({ status, updated_at: at });
}

/** Pauses an open window while an objection is reviewed; a repeat changes nothing. */
export async function pausePublicityNotice(db: Knex, key: string, at: string): Promise<void> {
  await db('notices').where({ notice_key: key, kind: 'publicity', status: 'open' }).update({ status: 'under-review', updated_at: at });
}

/** Reopens a paused window (the objection was dismissed) until its new end; a repeat changes nothing. */
export async function resumePublicityNotice(db: Knex, key: string, closesAt: string, at: string): Promise<void> {
  await db('notices')
    .where({ notice_key: key, kind: 'publicity', status: 'under-review' })
    .update({ status: 'open', closes_at: closesAt, updated_at: at });
}

/** One notice by id. */
export async function findNotice(db: Knex, id: number): Promise<NoticeView | undefined> {
  const row = await db('notices').where({ id }).first();
  return row ? toView(row) : undefined;
}

/** What the public bulletin lists: publicity windows open (or paused for a review) and published commendations, newest first. */
export async function publicNotices(db: Knex, limit = 200): Promise<NoticeView[]> {
  const rows = await db('notices')
    .where((q) =>
      q
        .where({ kind: 'publicity' })
        .whereIn('status', ['open', 'under-review'])
        .orWhere((published) => published.whereIn('kind', ['commendation', 'article']).where({ status: 'published' })),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit);
  return rows.map(toView);
}

/** Takes a published notice off the bulletin; the row stays (history), and the audit log says who and why. True when
 * it was published until now. */
export async function withdrawNotice(db: Knex, id: number, at: string): Promise<boolean> {
  const changed = await db('notices')
    .where({ id, status: 'published' })
    .whereIn('kind', ['commendation', 'article'])
    .update({ status: 'withdrawn', updated_at: at });
  return changed > 0;
}
