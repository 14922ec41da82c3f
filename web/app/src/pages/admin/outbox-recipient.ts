// Where an outbox message went, as the outbox page shows it.
import type { OutboxMessage } from '../../api/api-types';

/** A text's masked mobile, a group robot's registered name (its key only when it is no longer registered) or an email's
 * address, without the stored `sms:` or `robot:` prefix: the channel column already says which it is, and a raw prefix
 * or key is no word of either language. */
export function outboxRecipient(message: Pick<OutboxMessage, 'channel' | 'to' | 'robotName'>): string {
  if (message.channel === 'email') return message.to;
  return message.robotName ?? message.to.replace(/^(sms|robot):/, '');
}
