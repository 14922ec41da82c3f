// Where a notice meets the people it is for: each personal recipient (one that names its user) is checked against
// that person's preferences before a row is written. Robots reach a chat, not a person, and pass unchanged.
import type { Db } from '../stores/db-types';
import { planDelivery, type DeliveryPlan } from './notice-preferences';
import { storedPreferences, userRoles } from '../stores/notify/preference-store';

/** Anything with a channel (a string, so new channels plug in), maybe the user it reaches, maybe marked urgent. */
export interface PersonalRecipient {
  channel: string;
  userId?: number;
  urgent?: boolean;
}

/** Each recipient with its plan: sent now, held until `notBefore`, or skipped because the person opted out. */
export async function planRecipients<R extends PersonalRecipient>(
  db: Db,
  purpose: string,
  recipients: readonly R[],
  nowMs: number,
  timeZone: string,
): Promise<{ recipient: R; plan: DeliveryPlan }[]> {
  const userIds = [...new Set(recipients.flatMap((r) => (r.userId === undefined ? [] : [r.userId])))];
  const stored = await storedPreferences(db, userIds);
  const roles = await userRoles(db, userIds);
  return recipients.map((recipient) => {
    const role = recipient.userId === undefined ? undefined : roles.get(recipient.userId);
    if (!role || recipient.userId === undefined) return { recipient, plan: { send: true, notBefore: null } };
    const plan = planDelivery(
      role,
      stored.get(recipient.userId)!,
      { channel: recipient.channel, purpose, urgent: recipient.urgent },
      nowMs,
      timeZone,
    );
    return { recipient, plan };
  });
}
