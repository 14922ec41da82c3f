// The timed steps of a round, each run in pages by an activity: close at the deadline, remind or chase the enterprises
// that have not reported, tell their cadres, a working group or headquarters. Every email has a key per round, step
// and recipient (per enterprise for the enterprise's own mail), so a retried page never sends twice. When the pinned
// params ask for it (`overdueSms`), an overdue step to the enterprise also texts the liaison's mobile, keyed the same way.
import type { Knex } from 'knex';
import { fromJson } from '#core/db';
import type { EscalationTarget } from '#core/domain/collection-plan';
import type { Locale, LocalizedText } from '#core/domain/locale';
import type { CollectionParams } from '#core/domain/collection-plan';
import type { SendEmailInput } from '../email-activities';
import type { Notifier } from '../notify-activities';
import { refreshRoundTotals } from '#core/stores/dashboard/collection-day-totals';

/** A page of a step; `cursor` is the last enterprise (or cadre) id handled, null at the start. */
export interface NoticePageInput {
  roundId: string;
  kind: 'remind' | 'escalate';
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
type Recipient = { id: number; email: string; display_name: string; locale: string };

// Lists in emails to a cadre or a group stop here; the compliance grid has the rest.
const LIST_LIMIT = 200;
const localeOf = (value: string): Locale => (value === 'en' ? 'en' : 'zh-CN');

async function roundFacts(db: Knex, roundId: string) {
  const round = await db('collection_rounds as k')
    .join('form_definitions as f', function joinForm() {
      this.on('f.key', 'k.form_key').andOn('f.version', 'k.form_version');
    })
    .where('k.id', roundId)
    .first('k.form_key', 'k.local_date', 'k.deadline_at', 'f.title');
  return {
    formKey: round.form_key as string,
    date: round.local_date as string,
    deadlineAt: round.deadline_at as string,
    title: fromJson<LocalizedText>(round.title),
  };
}

function pending(db: Knex, roundId: string, kind: NoticePageInput['kind']) {
  return db('collection_reports as r')
    .where('r.round_id', roundId)
    .andWhere('r.status', kind === 'remind' ? 'expected' : 'missed');
}

// The overdue text to each enterprise's liaison: the liaison's account (same email, an enterprise user) lends its locale
// and its preferences and quiet hours; without one the text goes in Chinese, unheld. Only the masked number is logged.
async function textLiaisons(db: Knex, input: NoticePageInput, notifier: Notifier, enterpriseIds: number[]): Promise<void> {
  const round = await db('collection_rounds').where({ id: input.roundId }).first('params');
  if (!fromJson<CollectionParams>(round?.params)?.overdueSms) return;
  const facts = await roundFacts(db, input.roundId);
  const liaisons = await db('enterprises')
    .whereIn('id', enterpriseIds)
    .whereNotNull('liaison_mobile')
    .orderBy('id')
    .select('id', 'name', 'liaison_mobile', 'liaison_email');
  for (const liaison of liaisons) {
    const mobile = String(liaison.liaison_mobile).trim();
    if (!mobile) continue;
    const email = liaison.liaison_email ? String(liaison.liaison_email).toLowerCase() : null;
    const account = email
      ? await db('users')
          .where({ enterprise_id: liaison.id, role: 'enterprise', active: true })
          .whereRaw('lower(email) = ?', [email])
          .first('id', 'locale')
      : undefined;
    const locale = localeOf(account?.locale ?? 'zh-CN');
    await notifier.sendNotice({
      purpose: 'collection-overdue',
      key: `collection/${input.roundId}/${input.kind}-${input.index}/${liaison.id}/liaison`,
      recipients: [{ channel: 'sms', mobile, locale, ...(account ? { userId: Number(account.id) } : {}) }],
      data: {
        enterpriseName: liaison.name,
        formTitle: facts.title[locale],
        date: facts.date,
        deadlineAt: facts.deadlineAt,
      },
    });
  }
}

async function toEnterprises(db: Knex, input: NoticePageInput, send: Send, notifier?: Notifier): Promise<NoticePageResult> {
  const facts = await roundFacts(db, input.roundId);
  const rows = await pending(db, input.roundId, input.kind)
    .join('enterprises as e', 'e.id', 'r.enterprise_id')
    .andWhere('r.enterprise_id', '>', input.cursor ?? 0)
    .orderBy('r.enterprise_id')
    .limit(input.limit)
    .select('r.enterprise_id', 'e.name');
  if (!rows.length) return { sent: 0, cursor: null };
  const ids = rows.map((row) => Number(row.enterprise_id));
  const users: (Recipient & { enterprise_id: number })[] = await db('users')
    .whereIn('enterprise_id', ids)
    .where({ role: 'enterprise', active: true })
    .whereNotNull('email')
    .select('id', 'email', 'display_name', 'locale', 'enterprise_id');
  let sent = 0;
  for (const user of users) {
    const locale = localeOf(user.locale);
    const enterprise = rows.find((row) => Number(row.enterprise_id) === Number(user.enterprise_id))!;
    await send({
      key: `collection/${input.roundId}/${input.kind}-${input.index}/${user.enterprise_id}/${user.id}`,
      template: input.template,
      locale,
      to: user.email,
      data: {
        recipientName: user.display_name,
        formTitle: facts.title[locale],
        formKey: facts.formKey,
        date: facts.date,
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
  db: Knex,
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
        recipientName: user.display_name,
        formTitle: facts.title[locale],
        formKey: facts.formKey,
        date: facts.date,
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

async function toCadres(db: Knex, input: NoticePageInput, send: Send): Promise<NoticePageResult> {
  const cadres: Recipient[] = await db('users')
    .whereIn(
      'id',
      pending(db, input.roundId, input.kind)
        .join('cadre_assignments as a', 'a.enterprise_id', 'r.enterprise_id')
        .whereNull('a.ended_at')
        .select('a.cadre_id'),
    )
    .where({ active: true })
    .whereNotNull('email')
    .andWhere('id', '>', input.cursor ?? 0)
    .orderBy('id')
    .limit(input.limit)
    .select('id', 'email', 'display_name', 'locale');
  let sent = 0;
  for (const cadre of cadres) {
    const names: string[] = await pending(db, input.roundId, input.kind)
      .join('cadre_assignments as a', 'a.enterprise_id', 'r.enterprise_id')
      .whereNull('a.ended_at')
      .andWhere('a.cadre_id', cadre.id)
      .join('enterprises as e', 'e.id', 'r.enterprise_id')
      .orderBy('e.name')
      .pluck('e.name');
    sent += await sendList(db, input, send, [cadre], names, (user) => `cadre-${user.id}`);
  }
  return { sent, cursor: cadres.length < input.limit ? null : cadres.at(-1)!.id };
}

async function toRole(db: Knex, input: NoticePageInput, send: Send): Promise<NoticePageResult> {
  const recipients = db('users').where({ active: true }).whereNotNull('email');
  if (input.to === 'hq') recipients.where('role', 'hq');
  else
    recipients.where('role', 'special_class').whereIn(
      'working_group_id',
      db('working_groups')
        .where('key', input.workingGroupKey ?? 'coordination')
        .select('id'),
    );
  const users: Recipient[] = await recipients.orderBy('id').select('id', 'email', 'display_name', 'locale');
  const names: string[] = await pending(db, input.roundId, input.kind)
    .join('enterprises as e', 'e.id', 'r.enterprise_id')
    .orderBy('e.name')
    .pluck('e.name');
  if (!names.length) return { sent: 0, cursor: null };
  return { sent: await sendList(db, input, send, users, names, (user) => `${input.to}-${user.id}`), cursor: null };
}

/** Sends one page of a reminder or escalation step; marks the step on the reports it concerns on its first page. */
export async function noticePage(
  db: Knex,
  input: NoticePageInput,
  send: Send,
  now: () => Date,
  notifier?: Notifier,
): Promise<NoticePageResult> {
  if (input.kind === 'escalate' && input.cursor === null) {
    await db('collection_reports')
      .where({ round_id: input.roundId, status: 'missed' })
      .update({
        escalated_to: input.to === 'working-group' ? `group:${input.workingGroupKey ?? 'coordination'}` : input.to,
        updated_at: now().toISOString(),
      });
  }
  if (input.to === 'enterprise') return toEnterprises(db, input, send, notifier);
  if (input.to === 'cadre') return toCadres(db, input, send);
  return toRole(db, input, send);
}

/** At the deadline: every report still expected is missed, and the round stops counting reports as on time. */
export async function closeRound(db: Knex, roundId: string, at: string): Promise<number> {
  const missed = await db('collection_reports')
    .where({ round_id: roundId, status: 'expected' })
    .update({ status: 'missed', updated_at: at });
  await db('collection_rounds').where({ id: roundId }).update({ status: 'closed', closed_at: at });
  await refreshRoundTotals(db, roundId);
  return missed;
}
