// The messages a case sent, as a reader outside the staff may see them. An enterprise (or a site's gate officer) reads
// what went to its own side — its accounts, its liaison, its workers' masked mobiles — but not the addresses of the
// cadres, working groups and HQ who work its case, nor what those people were told (a new-task subject names the
// step and its deadline, which is internal). It still learns that staff were told: "已通知办理人员", as a real case
// tracker shows progress without naming who. Staff readers see every message as before.
import type { Role } from '../org/org-types';
import type { Db } from '../stores/db-types';
import { ownSideAddresses } from '../stores/submissions/message-recipients';
import type { Reader } from './personal-data-policy';

/** Roles that work cases: they read every message of a case they may open. */
export const STAFF_ROLES: readonly Role[] = ['cadre', 'special_class', 'hq', 'admin'];

/** Timeline kinds of a sent message (submission-store.ts messageKindOf). */
const MESSAGE_KINDS = new Set(['email', 'sms', 'robot']);

/** True for a timeline event that is a sent message. */
export function isMessageEvent(kind: string): boolean {
  return MESSAGE_KINDS.has(kind);
}

/** A message to staff as a reader outside the staff sees it: that it went to staff, not to whom, saying what or what
 * for (a purpose such as an overdue alert tells how the case is handled inside). */
export interface StaffOnlyFields {
  recipient: 'staff';
  to: null;
  subject: null;
  purpose: null;
  subjectLocale: null;
}

/** The fields a message is judged by. */
interface MessageFields {
  channel?: unknown;
  to?: unknown;
}

/** A test telling which of a case's messages `reader` may only know went to staff. Group robots post to staff chats;
 * an email is the reader's own side's when it went to the reader or to the record's enterprise or site (anything else,
 * an unknown address included, is treated as staff's); a text goes to a worker or a liaison, never to staff. */
export async function staffMessageTest(
  db: Db,
  reader: Reader,
  record: { enterpriseId: number | null },
  messages: MessageFields[],
): Promise<(message: MessageFields) => boolean> {
  if (reader.role !== 'public' && STAFF_ROLES.includes(reader.role)) return () => false;
  const emails = messages.filter((m) => m.channel === 'email' || m.channel === undefined).map((m) => String(m.to ?? ''));
  const side = { enterpriseId: record.enterpriseId, projectId: reader.role === 'gate' ? reader.projectId : null };
  const own = await ownSideAddresses(db, side, emails);
  if (reader.email) own.add(reader.email.toLowerCase());
  return (message) => {
    const channel = message.channel ?? 'email';
    if (channel === 'sms') return false;
    if (channel !== 'email') return true;
    return !own.has(String(message.to ?? '').toLowerCase());
  };
}

/** `message` with its recipient, subject and purpose dropped, marked as gone to staff. */
export function staffOnly<M extends { to: unknown; subject: unknown }>(message: M): Omit<M, keyof StaffOnlyFields> & StaffOnlyFields {
  return { ...message, recipient: 'staff', to: null, subject: null, purpose: null, subjectLocale: null };
}
