// The timed steps of a round, each run in pages by an activity: close at the deadline, remind or chase the enterprises
// that have not reported, tell their cadres, a working group or headquarters. Every email has a key per round, step
// and recipient (per enterprise for the enterprise's own mail), so a retried page never sends twice. When the pinned
// params ask for it (`overdueSms`), an overdue step to the enterprise also texts the liaison's mobile, keyed the same way.
import type { EscalationTarget } from '#core/domain/collection-plan';
import type { Locale } from '#core/domain/locale';
import type { Db } from '#core/stores';
import {
  cadresWithPending,
  enterpriseRecipients,
  groupRecipients,
  liaisonAccount,
  markEscalated,
  pendingEnterprisePage,
  pendingNames,
  pendingNamesOfCadre,
  type NoticeRecipient as Recipient,
  type PendingStatus,
} from '#core/stores/collections/notice-store';
import { liaisonsWithMobile } from '#core/stores/collections/liaison-store';
import { closeRoundRows, roundFacts, roundParams } from '#core/stores/collections/round-store';
import type { SendEmailInput } from '../email-activities';
import type { Notifier } from '../notify-activities';
import { refreshRoundTotals } from '#core/stores/dashboard/collection-day-totals';

/** A page of a step; `cursor` is the last enterprise (or cadre) id handled, null at the start. */
export interface NoticePageInput {
  roundId: string;
  /** `open`: a campaign's opening notice, to every enterprise it asks (all still expected then). */
  kind: 'open' | 'remind' | 'escalate';
  index: number;
  to: EscalationTarget;
  workingGroupKey?: string;
  template: string;
  /** When the step also opened follow-up tasks: when they are due (the email is their notice). */
  followUpDueAt?: string | null;
  cursor: number | null;
  limit: number;
}

/** How many emails a page sent and where the next page starts (null when done). */
export interface NoticePageResult {
  sent: number;
  cursor: number | null;
}

type Send = (input: SendEmailInput) => Promise<unknown>;

// Lists in emails to a cadre or a group stop here; the compliance grid has the rest.
const LIST_LIMIT = 200;
const localeOf = (value: string): Locale => (value === 'en' ? 'en' : 'zh-CN');

const pendingStatus = (kind: NoticePageInput['kind']): PendingStatus => (kind === 'escalate' ? 'missed' : 'expected');

// The overdue text to each enterprise's liaison: the liaison's account (same email, an enterprise user) lends its locale
// and its preferences and quiet hours; without one the text goes in Chinese, unheld. Only the masked number is logged.
async function textLiaisons(db: Db, input: NoticePageInput, notifier: Notifier, enterpriseIds: number[]): Promise<void> {
  if (!(await roundParams(db, input.roundId))?.overdueSms) return;
  const facts = await roundFacts(db, input.roundId);
  for (const liaison of await liaisonsWithMobile(db, enterpriseIds)) {
    const mobile = liaison.mobile.trim();
    if (!mobile) continue;
    const email = liaison.email ? liaison.email.toLowerCase() : null;
    const account = email ? await liaisonAccount(db, liaison.enterpriseId, email) : undefined;
    const locale = localeOf(account?.locale ?? 'zh-CN');
    await notifier.sendNotice({
      purpose: 'collection-overdue',
      key: `collection/${input.roundId}/${input.kind}-${input.index}/${liaison.enterpriseId}/liaison`,
      recipients: [{ channel: 'sms', mobile, locale, ...(account ? { userId: Number(account.id) } : {}) }],
      data: {
        enterpriseName: liaison.enterpriseName,
        formTitle: facts.title[locale],
        date: facts.date,
        campaign: facts.campaign,
        deadlineAt: facts.deadlineAt,
      },
    });
  }
}

async function toEnterprises(db: Db, input: NoticePageInput, send: Send, notifier?: Notifier): Promise<NoticePageResult> {
  const facts = await roundFacts(db, input.roundId);
  const rows = await pendingEnterprisePage(db, input.roundId, pendingStatus(input.kind), input.cursor ?? 0, input.limit);
  if (!rows.length) return { sent: 0, cursor: null };
  const ids = rows.map((row) => row.enterpriseId);
  const users = await enterpriseRecipients(db, ids);
  let sent = 0;
  for (const user of users) {
    const locale = localeOf(user.locale);
    const enterprise = rows.find((row) => row.enterpriseId === user.enterpriseId)!;
    await send({
      key: `collection/${input.roundId}/${input.kind}-${input.index}/${user.enterpriseId}/${user.id}`,
      template: input.template,
      locale,
      to: user.email,
      data: {
        recipientName: user.displayName,
        formTitle: facts.title[locale],
        formKey: facts.formKey,
        date: facts.date,
        campaign: facts.campaign,
        deadlineAt: facts.deadlineAt,
        forEnterprise: true,
        enterpriseName: enterprise.name,
        enterprises: [],
        count: 1,
        more: 0,
      },
    });
    sent += 1;
  }
  if (input.kind === 'escalate' && notifier) await textLiaisons(db, input, notifier, ids);
  return { sent, cursor: rows.length < input.limit ? null : ids.at(-1)! };
}

async function sendList(
  db: Db,
  input: NoticePageInput,
  send: Send,
  recipients: Recipient[],
  names: string[],
  keyPart: (r: Recipient) => string,
): Promise<number> {
  const facts = await roundFacts(db, input.roundId);
  for (const user of recipients) {
    const locale = localeOf(user.locale);
    await send({
      key: `collection/${input.roundId}/${input.kind}-${input.index}/${keyPart(user)}`,
      template: input.template,
      locale,
      to: user.email,
      data: {
        recipientName: user.displayName,
        formTitle: facts.title[locale],
        formKey: facts.formKey,
        date: facts.date,
        campaign: facts.campaign,
        deadlineAt: facts.deadlineAt,
        forEnterprise: false,
        enterpriseName: '',
        enterprises: names.slice(0, LIST_LIMIT).map((name) => ({ name })),
        followUpDueAt: input.followUpDueAt ?? null,
        count: names.length,
        more: Math.max(0, names.length - LIST_LIMIT),
      },
    });
  }
  return recipients.length;
}

async function toCadres(db: Db, input: NoticePageInput, send: Send): Promise<NoticePageResult> {
  const cadres = await cadresWithPending(db, input.roundId, pendingStatus(input.kind), input.cursor ?? 0, input.limit);
  let sent = 0;
  for (const cadre of cadres) {
    const names = await pendingNamesOfCadre(db, input.roundId, pendingStatus(input.kind), cadre.id);
    sent += await sendList(db, input, send, [cadre], names, (user) => `cadre-${user.id}`);
  }
  return { sent, cursor: cadres.length < input.limit ? null : cadres.at(-1)!.id };
}

async function toRole(db: Db, input: NoticePageInput, send: Send): Promise<NoticePageResult> {
  const users = await groupRecipients(db, input.to === 'hq' ? { hq: true } : { workingGroupKey: input.workingGroupKey ?? 'coordination' });
  const names = await pendingNames(db, input.roundId, pendingStatus(input.kind));
  if (!names.length) return { sent: 0, cursor: null };
  return { sent: await sendList(db, input, send, users, names, (user) => `${input.to}-${user.id}`), cursor: null };
}

/** Sends one page of a reminder or escalation step; marks the step on the reports it concerns on its first page. */
export async function noticePage(
  db: Db,
  input: NoticePageInput,
  send: Send,
  now: () => Date,
  notifier?: Notifier,
): Promise<NoticePageResult> {
  if (input.kind === 'escalate' && input.cursor === null) {
    const escalatedTo = input.to === 'working-group' ? `group:${input.workingGroupKey ?? 'coordination'}` : input.to;
    await markEscalated(db, input.roundId, escalatedTo, now().toISOString());
  }
  if (input.to === 'enterprise') return toEnterprises(db, input, send, notifier);
  if (input.to === 'cadre') return toCadres(db, input, send);
  return toRole(db, input, send);
}

/** At the deadline: every report still expected is missed, and the round stops counting reports as on time. */
export async function closeRound(db: Db, roundId: string, at: string): Promise<number> {
  const missed = await closeRoundRows(db, roundId, at);
  await refreshRoundTotals(db, roundId);
  return missed;
}
