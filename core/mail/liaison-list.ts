// The liaison list the notice has "fed back to the mailbox of the Construction Market Supervision Office" (000 §III.1):
// at a liaison campaign's deadline, and again when HQ or an admin asks, each mailbox the settings mark for it
// (联系方式, "receives the liaison list") gets one email listing every enterprise the round asked: its liaison's name,
// mobile and email, and those still without one with their cadre. The office needs the mobiles to reach the liaisons
// (the list exists for that), so they are written in full; the mail goes only to addresses an admin chose for it.
// Each email has a key per round, occasion and mailbox, so a retried or replayed step sends nothing twice; the send is
// audited once, by whoever asked (nobody: the deadline).
// Shared by the round's step (activities/collection-activities.ts) and the HQ/admin route that sends it again.
import type { Locale } from '../domain/locale';
import { liaisonListMailboxes, readSettings } from '../org/settings';
import type { Db } from '../stores/db-types';
import { recordAudit } from '../stores/audit-store';
import { roundLiaisons } from '../stores/collections/liaison-store';
import { roundFacts, roundParams } from '../stores/collections/round-store';
import { findOutboxMessage } from '../stores/outbox/outbox-store';
import { findActiveUserByEmail } from '../stores/user-store';
import type { SendEmailInput } from './send-email';

/** The template of the office's list. */
export const LIAISON_LIST_TEMPLATE = 'collection-liaison-list';

/** Rows per list in one email; the compliance grid and the enterprise export have the rest. */
export const LIAISON_LIST_LIMIT = 2000;

/** Input of sendLiaisonList. */
export interface LiaisonListInput {
  roundId: string;
  /** `deadline` (the round's own step), or a request's id when HQ or an admin asked: part of each email's key. */
  occasion: string;
  /** Who asked; absent at the deadline. */
  actor?: { id: number; role: string; requestId: string | null };
  /** The time the list stands at (the workflow's clock at the deadline, the request's time otherwise). */
  at: string;
}

/** What was sent: emails, enterprises listed with a liaison, and still missing; or why nothing was. */
export interface LiaisonListResult {
  sent: number;
  designated: number;
  missing: number;
  to: string[];
  skipped?: 'not-a-liaison-round' | 'no-mailbox';
}

type Send = (input: SendEmailInput) => Promise<unknown>;

const localeOf = (value: string | undefined): Locale => (value === 'en' ? 'en' : 'zh-CN');

/** Emails the round's liaison list to the office's mailboxes (once per occasion) and audits the send. */
export async function sendLiaisonList(db: Db, send: Send, input: LiaisonListInput): Promise<LiaisonListResult> {
  const params = await roundParams(db, input.roundId);
  if (!params?.liaisonFields) return { sent: 0, designated: 0, missing: 0, to: [], skipped: 'not-a-liaison-round' };
  const settings = await readSettings(db);
  const to = liaisonListMailboxes(settings);
  if (!to.length) return { sent: 0, designated: 0, missing: 0, to, skipped: 'no-mailbox' };
  const facts = await roundFacts(db, input.roundId);
  const rows = await roundLiaisons(db, input.roundId);
  const designated = rows.filter((row) => row.designated);
  const missing = rows.filter((row) => !row.designated);
  let fresh = false;
  for (const mailbox of to) {
    const key = `collection/${input.roundId}/liaison-list/${input.occasion}/${mailbox}`;
    if (!(await findOutboxMessage(db, key))) fresh = true;
    const account = await findActiveUserByEmail(db, mailbox);
    const locale = localeOf(account?.locale);
    const contact = settings.campaignContacts.find((c) => c.liaisonList && c.email?.trim().toLowerCase() === mailbox);
    await send({
      key,
      template: LIAISON_LIST_TEMPLATE,
      locale,
      to: mailbox,
      ...(account ? { userId: account.id } : {}),
      data: {
        recipientName: contact?.name ?? mailbox,
        locale,
        formTitle: facts.title[locale],
        deadlineAt: facts.deadlineAt,
        asOf: input.at,
        // Sent on request: the list as it stands, which may differ from the one sent at the deadline.
        onRequest: input.occasion !== 'deadline',
        count: rows.length,
        designatedCount: designated.length,
        missingCount: missing.length,
        liaisons: designated.slice(0, LIAISON_LIST_LIMIT).map((row) => ({
          enterpriseName: row.enterpriseName,
          name: row.liaisonName ?? '',
          mobile: row.liaisonMobile ?? '',
          email: row.liaisonEmail ?? '',
          late: row.late,
        })),
        withoutLiaison: missing
          .slice(0, LIAISON_LIST_LIMIT)
          .map((row) => ({ enterpriseName: row.enterpriseName, cadreName: row.cadreName })),
        more: Math.max(0, designated.length - LIAISON_LIST_LIMIT) + Math.max(0, missing.length - LIAISON_LIST_LIMIT),
      },
    });
  }
  // A retry after the emails were written finds their rows and audits nothing twice.
  if (fresh) {
    await recordAudit(
      db,
      {
        actorId: input.actor?.id ?? null,
        actorRole: input.actor?.role ?? null,
        action: 'collection.liaison_list.send',
        targetType: 'collection_round',
        targetId: input.roundId,
        summary: { formKey: facts.formKey, to, rows: designated.length, missing: missing.length },
        requestId: input.actor?.requestId ?? null,
      },
      new Date(input.at),
    );
  }
  return { sent: to.length, designated: designated.length, missing: missing.length, to };
}
