// One notification model for every channel (issue 22): a notice names its purpose (which template folder renders it),
// its recipients on each channel, its data and one idempotency key; each recipient gets one outbox row, keyed from it.

import type { Locale } from '../domain/locale';
import { mobileDigest } from './sms-address';

/**
 * A recipient on one channel. An email recipient may carry its own key, so existing email steps keep theirs; a personal
 * recipient names its user so that person's preferences (channels, quiet hours) apply, and may be marked urgent.
 */
export type NoticeRecipient =
  | { channel: 'email'; to: string; locale: Locale; key?: string; userId?: number; urgent?: boolean }
  | { channel: 'robot'; robotKey: string; locale?: Locale }
  | { channel: 'sms'; mobile: string; locale?: Locale; urgent?: boolean; userId?: number };

/** A notice to render per channel and record once per recipient. */
export interface Notice {
  purpose: string;
  key: string;
  recipients: NoticeRecipient[];
  data: Record<string, unknown>;
  /** `data` with its personal values masked (a worker's name as 李*), for a notice to a person about a record others may
   * not read in full: the outbox keeps a text rendered from it beside the one sent (SMS only, for now), so an admin
   * checking a message reads what it said without the person (web/server/outbox/shown-content.ts). */
  maskedData?: Record<string, unknown>;
  /** Fugong's own links (to the task, case or bulletin); never user text. */
  links?: Record<string, string>;
  submissionId?: string;
}

/** The outbox key of one recipient's row. */
export function recipientKey(notice: Pick<Notice, 'key'>, recipient: NoticeRecipient): string {
  if (recipient.channel === 'email') return recipient.key ?? `${notice.key}/email/${recipient.to}`;
  // A mobile is personal data: the key names it by a digest, so keys in logs and histories never carry the number.
  if (recipient.channel === 'sms') return `${notice.key}/sms/${mobileDigest(recipient.mobile)}`;
  return `${notice.key}/robot/${recipient.robotKey}`;
}
