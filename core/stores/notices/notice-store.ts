// The public bulletin's notices: publicity windows that accept objections, and commendations published after one
// closed without any. Written by the notice activities (once per key), read by the public bulletin page.
import { fromJson, toJson } from '../../db';
import type { Locale } from '../../domain/locale';
import type { Db } from '../db-types';

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
export async function insertNotice(db: Db, notice: NewNotice): Promise<number> {
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
  const row: { id: number } | undefined = await db('notices').where({ notice_key: notice.key }).first('id');
  return Number(row!.id);
}

/** Ends an open (or paused) publicity window as closed (no objection) or objected; a repeat changes nothing. */
export async function endPublicity(db: Db, key: string, status: 'closed' | 'objected', at: string): Promise<void> {
  await db('notices')
    .where({ notice_key: key, kind: 'publicity' })
    .whereIn('status', ['open', 'under-review'])
    .update({ status, updated_at: at });
}

/** Pauses an open window while an objection is reviewed, with its text restated for the pause when given; a repeat
 * changes nothing. */
export async function pausePublicityNotice(db: Db, key: string, at: string, content?: Record<Locale, NoticeText>): Promise<void> {
  await db('notices')
    .where({ notice_key: key, kind: 'publicity', status: 'open' })
    .update({ status: 'under-review', ...(content ? { content: toJson(content) } : {}), updated_at: at });
}

/** Reopens a paused window (the objection was dismissed) until its new end, with its text restated for that end when
 * given; a repeat changes nothing. */
export async function resumePublicityNotice(
  db: Db,
  key: string,
  reopened: { closesAt: string; content?: Record<Locale, NoticeText> },
  at: string,
): Promise<void> {
  await db('notices')
    .where({ notice_key: key, kind: 'publicity', status: 'under-review' })
    .update({
      status: 'open',
      closes_at: reopened.closesAt,
      ...(reopened.content ? { content: toJson(reopened.content) } : {}),
      updated_at: at,
    });
}

/** One notice by id. */
export async function findNotice(db: Db, id: number): Promise<NoticeView | undefined> {
  const row = await db('notices').where({ id }).first();
  return row ? toView(row) : undefined;
}

/** A notice on the public bulletin, with what it announces: the enterprise and the case number of its record. */
export interface PublicNoticeView extends NoticeView {
  enterpriseName: string | null;
  caseNumber: string | null;
}

/** The notices the public bulletin shows: publicity windows open (or paused for a review) and published commendations
 * and articles, newest first, optionally of one kind. */
function bulletinQuery(db: Db, kind?: NoticeView['kind']) {
  const query = db('notices as n').where((q) => {
    q.where({ 'n.kind': 'publicity' })
      .whereIn('n.status', ['open', 'under-review'])
      .orWhere((published) => {
        published.whereIn('n.kind', ['commendation', 'article']).where({ 'n.status': 'published' });
      });
  });
  if (kind) query.where('n.kind', kind);
  return query;
}

/** One page of the public bulletin (of one kind, when asked), with the enterprise and case each notice announces, and
 * how many notices the bulletin holds in all. */
export async function publicNoticePage(
  db: Db,
  filter: { kind?: NoticeView['kind']; limit: number; offset: number },
): Promise<{ notices: PublicNoticeView[]; total: number }> {
  const [count] = await bulletinQuery(db, filter.kind).count({ n: '*' });
  const rows = await bulletinQuery(db, filter.kind)
    .leftJoin('enterprises as e', 'e.id', 'n.enterprise_id')
    .leftJoin('submissions as s', 's.id', 'n.submission_id')
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .select('n.*', 'e.name as enterprise_name', 's.case_number as case_number');
  return {
    notices: rows.map((row: Row) => ({
      ...toView(row),
      enterpriseName: (row.enterprise_name as string | null) ?? null,
      caseNumber: (row.case_number as string | null) ?? null,
    })),
    total: Number(count?.n ?? 0),
  };
}

/** One notice the public bulletin shows, with what it announces; undefined when it is not (or no longer) shown. */
export async function findPublicNotice(db: Db, id: number): Promise<PublicNoticeView | undefined> {
  const row = await bulletinQuery(db)
    .where('n.id', id)
    .leftJoin('enterprises as e', 'e.id', 'n.enterprise_id')
    .leftJoin('submissions as s', 's.id', 'n.submission_id')
    .first('n.*', 'e.name as enterprise_name', 's.case_number as case_number');
  return row
    ? {
        ...toView(row),
        enterpriseName: (row.enterprise_name as string | null) ?? null,
        caseNumber: (row.case_number as string | null) ?? null,
      }
    : undefined;
}

/** How a notice left the bulletin, as its audit entry has it: when, why, and who (their display name). */
export interface Withdrawal {
  at: string;
  reason: string | null;
  by: string | null;
}

/** A withdrawn commendation or article with what it announced and how it was withdrawn. */
export interface WithdrawnNoticeView extends PublicNoticeView {
  withdrawal: Withdrawal;
}

/** One page of the commendations and articles taken off the bulletin (of one kind, when asked), the latest withdrawal
 * first, each with its withdrawal from the audit log (the notice row keeps no reason of its own); and how many in all. */
export async function withdrawnNoticePage(
  db: Db,
  filter: { kind?: NoticeView['kind']; limit: number; offset: number },
): Promise<{ notices: WithdrawnNoticeView[]; total: number }> {
  const withdrawn = () => {
    const query = db('notices as n').where('n.status', 'withdrawn').whereIn('n.kind', ['commendation', 'article']);
    if (filter.kind) query.where('n.kind', filter.kind);
    return query;
  };
  const [count] = await withdrawn().count({ n: '*' });
  const rows = await withdrawn()
    .leftJoin('enterprises as e', 'e.id', 'n.enterprise_id')
    .leftJoin('submissions as s', 's.id', 'n.submission_id')
    .orderBy('n.updated_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .select('n.*', 'e.name as enterprise_name', 's.case_number as case_number');
  const ids = rows.map((row: Row) => String(row.id));
  const entries: Row[] = ids.length
    ? await db('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.actor_id')
        .where({ 'a.action': 'notice.withdraw', 'a.target_type': 'notice' })
        .whereIn('a.target_id', ids)
        .orderBy('a.id')
        .select('a.target_id', 'a.summary', 'a.created_at', 'u.display_name')
    : [];
  // A notice is withdrawn once (a second attempt is refused): its last entry is the one.
  const byNotice = new Map(entries.map((entry) => [String(entry.target_id), entry]));
  return {
    notices: rows.map((row: Row) => {
      const entry = byNotice.get(String(row.id));
      const summary = entry ? fromJson<{ reason?: unknown }>(entry.summary) : {};
      return {
        ...toView(row),
        enterpriseName: (row.enterprise_name as string | null) ?? null,
        caseNumber: (row.case_number as string | null) ?? null,
        withdrawal: {
          at: String(entry?.created_at ?? row.updated_at),
          reason: typeof summary.reason === 'string' ? summary.reason : null,
          by: (entry?.display_name as string | null | undefined) ?? null,
        },
      };
    }),
    total: Number(count?.n ?? 0),
  };
}

/** Takes a published notice off the bulletin; the row stays (history), and the audit log says who and why. True when
 * it was published until now. */
export async function withdrawNotice(db: Db, id: number, at: string): Promise<boolean> {
  const changed = await db('notices')
    .where({ id, status: 'published' })
    .whereIn('kind', ['commendation', 'article'])
    .update({ status: 'withdrawn', updated_at: at });
  return changed > 0;
}
