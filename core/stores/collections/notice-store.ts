// Who a round's reminders and escalations go to: the reports still pending at a step (expected before the deadline,
// missed after it), the enterprises' accounts, their cadres, a working group or HQ, each read a page at a time.
import type { Db } from '../db-types';

/** A report status a step chases: `expected` (a reminder) or `missed` (an escalation). */
export type PendingStatus = 'expected' | 'missed';

/** Someone a notice email goes to. */
export interface NoticeRecipient {
  id: number;
  email: string;
  displayName: string;
  locale: string;
}

/** An enterprise still pending at a step. */
export interface PendingEnterprise {
  enterpriseId: number;
  name: string;
}

const RECIPIENT_COLUMNS = ['id', 'email', 'display_name', 'locale'];

const toRecipient = (row: Record<string, unknown>): NoticeRecipient => ({
  id: Number(row.id),
  email: String(row.email),
  displayName: String(row.display_name),
  locale: String(row.locale),
});

function pending(db: Db, roundId: string, status: PendingStatus) {
  return db('collection_reports as r').where('r.round_id', roundId).andWhere('r.status', status);
}

/** Marks the round's missed reports as escalated to `escalatedTo`. */
export async function markEscalated(db: Db, roundId: string, escalatedTo: string, at: string): Promise<void> {
  await db('collection_reports').where({ round_id: roundId, status: 'missed' }).update({ escalated_to: escalatedTo, updated_at: at });
}

/** A page of the pending enterprises after `cursor` (an enterprise id), in id order. */
export async function pendingEnterprisePage(
  db: Db,
  roundId: string,
  status: PendingStatus,
  cursor: number,
  limit: number,
): Promise<PendingEnterprise[]> {
  const rows: Record<string, unknown>[] = await pending(db, roundId, status)
    .join('enterprises as e', 'e.id', 'r.enterprise_id')
    .andWhere('r.enterprise_id', '>', cursor)
    .orderBy('r.enterprise_id')
    .limit(limit)
    .select('r.enterprise_id', 'e.name');
  return rows.map((row) => ({ enterpriseId: Number(row.enterprise_id), name: row.name as string }));
}

/** The active enterprise accounts with an email of these enterprises. */
export async function enterpriseRecipients(db: Db, enterpriseIds: number[]): Promise<(NoticeRecipient & { enterpriseId: number })[]> {
  const rows: Record<string, unknown>[] = await db('users')
    .whereIn('enterprise_id', enterpriseIds)
    .where({ role: 'enterprise', active: true })
    .whereNotNull('email')
    .select(...RECIPIENT_COLUMNS, 'enterprise_id');
  return rows.map((row) => ({ ...toRecipient(row), enterpriseId: Number(row.enterprise_id) }));
}

/** The enterprise account (active, same email, any case) that lends a liaison its locale and preferences. */
export async function liaisonAccount(db: Db, enterpriseId: number, email: string): Promise<{ id: number; locale: string } | undefined> {
  const row: Record<string, unknown> | undefined = await db('users')
    .where({ enterprise_id: enterpriseId, role: 'enterprise', active: true })
    .whereRaw('lower(email) = ?', [email])
    .first('id', 'locale');
  return row ? { id: Number(row.id), locale: String(row.locale) } : undefined;
}

/** A page of the active cadres with an email whose enterprises are pending, after `cursor` (a user id), in id order. */
export async function cadresWithPending(
  db: Db,
  roundId: string,
  status: PendingStatus,
  cursor: number,
  limit: number,
): Promise<NoticeRecipient[]> {
  const rows: Record<string, unknown>[] = await db('users')
    .whereIn(
      'id',
      pending(db, roundId, status)
        .join('cadre_assignments as a', 'a.enterprise_id', 'r.enterprise_id')
        .whereNull('a.ended_at')
        .select('a.cadre_id'),
    )
    .where({ active: true })
    .whereNotNull('email')
    .andWhere('id', '>', cursor)
    .orderBy('id')
    .limit(limit)
    .select(...RECIPIENT_COLUMNS);
  return rows.map(toRecipient);
}

/** Names of the pending enterprises a cadre is assigned to now, by name. */
export async function pendingNamesOfCadre(db: Db, roundId: string, status: PendingStatus, cadreId: number): Promise<string[]> {
  return pending(db, roundId, status)
    .join('cadre_assignments as a', 'a.enterprise_id', 'r.enterprise_id')
    .whereNull('a.ended_at')
    .andWhere('a.cadre_id', cadreId)
    .join('enterprises as e', 'e.id', 'r.enterprise_id')
    .orderBy('e.name')
    .pluck('e.name');
}

/** Names of all the pending enterprises, by name. */
export async function pendingNames(db: Db, roundId: string, status: PendingStatus): Promise<string[]> {
  return pending(db, roundId, status).join('enterprises as e', 'e.id', 'r.enterprise_id').orderBy('e.name').pluck('e.name');
}

/** HQ's active users with an email, or a working group's special-class members, in id order. */
export async function groupRecipients(db: Db, to: { hq: true } | { workingGroupKey: string }): Promise<NoticeRecipient[]> {
  const recipients = db('users').where({ active: true }).whereNotNull('email');
  if ('hq' in to) recipients.where('role', 'hq');
  else
    recipients
      .where('role', 'special_class')
      .whereIn('working_group_id', db('working_groups').where('key', to.workingGroupKey).select('id'));
  const rows: Record<string, unknown>[] = await recipients.orderBy('id').select(...RECIPIENT_COLUMNS);
  return rows.map(toRecipient);
}
