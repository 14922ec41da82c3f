// Where an outbox message went, as the outbox page shows it.
import type { OutboxMessage } from '../../api/api-types';

/** A text's masked mobile, a group robot's key or an email's address, without the stored `sms:` or `robot:` prefix: the
 * channel column already says which it is, and a raw prefix is no word of either language. */
export function outboxRecipient(message: Pick<OutboxMessage, 'channel' | 'to'>): string {
  return message.channel === 'email' ? message.to : message.to.replace(/^(sms|robot):/, '');
}
