// The outbox as an admin browses it (web/server/outbox/outbox-routes.ts): every message on every channel, newest first,
// narrowed by the log's filters and paged, and the state a message is in after an admin's "retry now". Rows are mapped
// once to `OutboxEntry`; what the route masks (free text, an SMS mobile) it masks on these.
import type { Page } from '../../api/paging-types';
import type { Db } from '../db-types';
import { pageOfQuery, type PageQuery } from '../page-of-query';
import { escapeLike } from '../like-pattern';

/** A message as the log lists it. */
export interface OutboxEntry {
  id: number;
  idempotencyKey: string;
  template: string;
  locale: string;
  channel: string;
  robotId: number | null;
  toAddress: string;
  submissionId: string | null;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** The text with the personal values of the record it is about masked; null when none was kept. */
  maskedText: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** The log's filters; each one given narrows the list. */
export interface OutboxFilter {
  status?: string;
  channel?: string;
  template?: string;
  /** A shipped template: messages rendered from it, or from a created template playing its role. */
  purpose?: string;
  /** Part of the address as the log shows it, case-insensitive (`%` and `_` match themselves): a text's mobile is
   * matched masked (sms:139****5678), as the log shows it to every reader. */
  recipient?: string;
  submissionId?: string;
  /** Created at or after this ISO instant. */
  since?: string;
  /** Created before this ISO instant. */
  until?: string;
}

/** Where a message stands in its delivery. */
export interface OutboxState {
  /** email, wecom-robot, dingtalk-robot or sms. */
  channel: string;
  /** The group robot a robot message goes to (its pace says how soon a resent one leaves); null for other channels. */
  robotId: number | null;
  /** Who it goes to: an address, `sms:<mobile>` or `robot:<key>`. */
  toAddress: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
}

const optionalText = (value: unknown): string | null => (value == null ? null : String(value));

function toOutboxEntry(row: Record<string, unknown>): OutboxEntry {
  return {
    id: Number(row.id),
    idempotencyKey: String(row.idempotency_key),
    template: String(row.template),
    locale: String(row.locale),
    channel: String(row.channel),
    robotId: row.robot_id == null ? null : Number(row.robot_id),
    toAddress: String(row.to_address),
    submissionId: optionalText(row.submission_id),
    subject: String(row.subject),
    textBody: String(row.text_body),
    htmlBody: String(row.html_body),
    maskedText: optionalText(row.masked_text),
    status: String(row.status),
    attempts: Number(row.attempts),
    lastError: optionalText(row.last_error),
    nextAttemptAt: optionalText(row.next_attempt_at),
    createdAt: String(row.created_at),
    sentAt: optionalText(row.sent_at),
  };
}

// The address a row is shown with (core/notify/sms-address.ts shownAddress, core/privacy/mask.ts maskMobile): a text's
// mobile masked to its first 3 and last 4 digits, every other address as stored. The recipient filter matches this, not
// the stored number: matched against the number, `recipient=1391234` answered whether the hidden digits were 1234, and
// some forty searches read back a quarantined worker's mobile, which no admin may read. Plain SQL both databases run
// (no repeat() in SQLite: the stars are cut from a run of them; a stored number is at most 20 digits).
const STARS = '*'.repeat(20);
const SHOWN_ADDRESS =
  `(case when channel = 'sms' and to_address like 'sms:%' then 'sms:' || ` +
  `(case when length(to_address) <= 11 then substr('${STARS}', 1, length(to_address) - 4) ` +
  `else substr(to_address, 5, 3) || substr('${STARS}', 1, length(to_address) - 11) || substr(to_address, length(to_address) - 3) end) ` +
  `else to_address end)`;

/** A page of the messages `filter` selects, newest first, and how many it selects in all. */
export async function outboxPage(db: Db, filter: OutboxFilter, paging: PageQuery): Promise<{ entries: OutboxEntry[]; page: Page }> {
  const query = db('outbox').orderBy('id', 'desc');
  if (filter.status) query.where('status', filter.status);
  if (filter.channel) query.where('channel', filter.channel);
  if (filter.template) query.where('template', filter.template);
  const { purpose } = filter;
  if (purpose)
    query.where((w) => {
      w.where('template', purpose).orWhereIn('template', db('email_template_purposes').where('purpose', purpose).select('name'));
    });
  if (filter.recipient) query.whereRaw(`lower(${SHOWN_ADDRESS}) like ? escape '\\'`, [`%${escapeLike(filter.recipient.toLowerCase())}%`]);
  if (filter.submissionId) query.where('submission_id', filter.submissionId);
  if (filter.since) query.where('created_at', '>=', filter.since);
  if (filter.until) query.where('created_at', '<', filter.until);
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { entries: rows.map(toOutboxEntry), page };
}

/** The state of the message with this id, or undefined when the outbox has no such message. */
export async function outboxStateOf(db: Db, id: number): Promise<OutboxState | undefined> {
  const row: Record<string, unknown> | undefined = await db('outbox')
    .where({ id })
    .first('channel', 'robot_id', 'to_address', 'status', 'attempts', 'next_attempt_at');
  return row
    ? {
        channel: String(row.channel),
        robotId: row.robot_id == null ? null : Number(row.robot_id),
        toAddress: String(row.to_address),
        status: String(row.status),
        attempts: Number(row.attempts),
        nextAttemptAt: optionalText(row.next_attempt_at),
      }
    : undefined;
}
