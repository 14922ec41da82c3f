// Objections to publicity windows, with the objector's contact. Kept here and not in workflow history: the workflow
// gets the objection's id and reason, the contact stays in the database, shown masked except to its reviewer.
import type { Db } from '../db-types';

/** How an objection stands. */
export type ObjectionStatus = 'lodged' | 'under-review' | 'upheld' | 'dismissed' | 'refused';

/** An objection as stored. */
export interface ObjectionRow {
  id: number;
  noticeId: number;
  submissionId: string;
  userId: number | null;
  contactName: string;
  contactMobile: string;
  reason: string;
  status: ObjectionStatus;
  reviewTaskId: string | null;
  lodgedAt: string;
  decidedAt: string | null;
}

/** A new objection, before the workflow has it. */
export type NewObjection = Pick<
  ObjectionRow,
  'noticeId' | 'submissionId' | 'userId' | 'contactName' | 'contactMobile' | 'reason' | 'lodgedAt'
>;

function toRow(row: Record<string, unknown>): ObjectionRow {
  return {
    id: Number(row.id),
    noticeId: Number(row.notice_id),
    submissionId: String(row.submission_id),
    userId: row.user_id == null ? null : Number(row.user_id),
    contactName: String(row.contact_name),
    contactMobile: String(row.contact_mobile),
    reason: String(row.reason),
    status: row.status as ObjectionStatus,
    reviewTaskId: (row.review_task_id as string | null) ?? null,
    lodgedAt: String(row.lodged_at),
    decidedAt: (row.decided_at as string | null) ?? null,
  };
}

/** Stores an objection as lodged; its id. */
export async function insertObjection(db: Db, objection: NewObjection): Promise<number> {
  const [row] = await db('notice_objections')
    .insert({
      notice_id: objection.noticeId,
      submission_id: objection.submissionId,
      user_id: objection.userId,
      contact_name: objection.contactName,
      contact_mobile: objection.contactMobile,
      reason: objection.reason,
      status: 'lodged',
      lodged_at: objection.lodgedAt,
    })
    .returning('id');
  return Number((row as { id: number }).id);
}

/** Marks an objection the workflow would not take (the window had closed or was paused meanwhile). */
export async function refuseObjection(db: Db, id: number): Promise<void> {
  await db('notice_objections').where({ id, status: 'lodged' }).update({ status: 'refused' });
}

/** Notes the task that reviews an objection. */
export async function startObjectionReview(db: Db, id: number, reviewTaskId: string): Promise<void> {
  await db('notice_objections').where({ id }).update({ status: 'under-review', review_task_id: reviewTaskId });
}

/** Records the review's outcome; a repeat changes nothing. */
export async function settleObjectionRow(db: Db, id: number, status: 'upheld' | 'dismissed', at: string): Promise<void> {
  await db('notice_objections').where({ id }).whereIn('status', ['lodged', 'under-review']).update({ status, decided_at: at });
}

/** The objections taken by the workflow for some notices, oldest first (refused ones never counted). */
export async function objectionsOf(db: Db, noticeIds: number[]): Promise<ObjectionRow[]> {
  if (!noticeIds.length) return [];
  const rows = await db('notice_objections').whereIn('notice_id', noticeIds).whereNot('status', 'refused').orderBy('id');
  return rows.map(toRow);
}

/** One objection by its review task. */
export async function objectionOfTask(db: Db, reviewTaskId: string): Promise<ObjectionRow | undefined> {
  const row = await db('notice_objections').where({ review_task_id: reviewTaskId }).first();
  return row ? toRow(row) : undefined;
}
