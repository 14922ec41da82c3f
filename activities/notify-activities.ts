// The notice activity: a notice becomes one outbox row per channel and recipient. Email goes through the email
// activity (same rows, same keys as before); a group robot's markdown is rendered and queued for the dispatcher.
import { ApplicationFailure } from '@temporalio/activity';
import { TemplateMissingError } from '#core/mail/template-renderer';
import type { MarkdownRenderer } from '#core/notify/markdown-renderer';
import { recipientKey, type Notice } from '#core/notify/notice';
import type { RobotEndpoints } from '#core/notify/robot-dispatcher';
import { enqueueRobotMessage } from '#core/notify/robot-outbox';
import { robotsByKey } from '#core/stores/notify/robot-store';
import { planRecipients } from '#core/notify/recipient-preferences';
import { enqueueSms } from '#core/notify/sms-outbox';
import type { SmsRenderer } from '#core/notify/sms-renderer';
import type { Db } from '#core/stores/db-types';
import { channelTemplateText, ROBOT_TEMPLATES, SMS_TEMPLATES } from '#core/stores/email-templates/channel-template-store';
import { enterpriseName } from '#core/stores/org/enterprise-store';
import { caseNumberOf } from '#core/stores/submissions/submission-store';
import type { createEmailActivities } from './email-activities';

/** Dependencies of the notice activity. */
export interface NotifyDeps {
  db: Db;
  email: ReturnType<typeof createEmailActivities>;
  markdown: MarkdownRenderer;
  /** Configured provider URLs: a robot whose channel has none keeps its messages in the outbox. */
  endpoints: RobotEndpoints;
  /** Base of the links a robot message carries back to the app (the bulletin's). */
  publicUrl?: string;
  /** Where quiet hours are counted. */
  timeZone?: string;
  /** The SMS renderer, and whether a provider is configured (none: SMS rows stay in the outbox, never sent). */
  sms?: { renderer: SmsRenderer; deliverable: boolean };
  now?: () => Date;
}

/** A ladder's breach or referral for the group robots a rung names (the link opens the task, or the case without one). */
export interface AlertRobotsInput {
  key: string;
  purpose: string;
  robots: string[];
  submissionId: string;
  enterpriseId: number | null;
  taskId: string | null;
  data: Record<string, unknown>;
}

/** What became of each recipient's row. */
export interface NotifyResult {
  rows: { key: string; outboxId: number; status: string }[];
  /** Recipients who turned this channel off for this kind of notice. */
  skipped: { key: string; reason: string }[];
}

// A template that is missing or refused will not appear on a retry: the activity fails for good.
function rendered<T>(render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof TemplateMissingError) throw ApplicationFailure.nonRetryable(error.message, 'TemplateMissing');
    throw error;
  }
}

/** Builds the notice activity. */
export function createNotifyActivities(deps: NotifyDeps) {
  const now = deps.now ?? (() => new Date());
  const base = (deps.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
  /** Records (once per key) and, for email, sends the notice to each of its recipients. */
  async function sendNotice(notice: Notice): Promise<NotifyResult> {
    const robotKeys = notice.recipients.flatMap((r) => (r.channel === 'robot' ? [r.robotKey] : []));
    const robots = await robotsByKey(deps.db, robotKeys);
    const rows: NotifyResult['rows'] = [];
    const skipped: NotifyResult['skipped'] = [];
    // Each person's preferences first: a channel they turned off gets no row, quiet hours hold the row. Email plans
    // inside the email activity (every email passes there, notices or not); other channels plan here.
    const personal = notice.recipients.filter((r) => r.channel !== 'email');
    const plans = await planRecipients(deps.db, notice.purpose, personal, now().getTime(), deps.timeZone ?? 'Asia/Shanghai');
    const planned = notice.recipients.map(
      (recipient) => plans.find((p) => p.recipient === recipient) ?? { recipient, plan: { send: true as const, notBefore: null } },
    );
    for (const { recipient, plan } of planned) {
      const key = recipientKey(notice, recipient);
      if (!plan.send) {
        skipped.push({ key, reason: plan.reason });
        continue;
      }
      if (recipient.channel === 'email') {
        const sent = await deps.email.sendEmail({
          key,
          template: notice.purpose,
          locale: recipient.locale,
          to: recipient.to,
          data: notice.data,
          submissionId: notice.submissionId,
          ...(recipient.userId === undefined ? {} : { userId: recipient.userId }),
          ...(recipient.urgent ? { urgent: true } : {}),
        });
        if (sent.status === 'skipped') skipped.push({ key, reason: 'opted-out' });
        else rows.push({ key, outboxId: sent.outboxId, status: sent.status });
        continue;
      }
      const locale = recipient.locale ?? 'zh-CN';
      if (recipient.channel === 'sms') {
        if (!deps.sms) throw ApplicationFailure.nonRetryable('the SMS channel has no renderer', 'TemplateMissing');
        // An admin's edited copy of the SMS text (checked when saved) takes the shipped file's place.
        const edited = await channelTemplateText(deps.db, SMS_TEMPLATES, notice.purpose, locale);
        const text = rendered(() => deps.sms!.renderer.render(notice.purpose, locale, notice.data, edited));
        // The same template and variables with the personal ones masked: what the outbox shows those who may not read
        // the text itself (a quarantined worker's name is not an admin's to read).
        const { maskedData } = notice;
        const maskedText = maskedData && rendered(() => deps.sms!.renderer.render(notice.purpose, locale, maskedData, edited));
        // A worker's mobile names no account, so only an account holder's quiet hours hold a text.
        const notBefore = plan.notBefore;
        const row = await enqueueSms(deps.db, {
          key,
          purpose: notice.purpose,
          locale,
          mobile: recipient.mobile,
          text,
          maskedText,
          submissionId: notice.submissionId,
          deliverable: deps.sms.deliverable,
          at: now().toISOString(),
          notBefore,
        });
        rows.push({ key, outboxId: row.id, status: row.status });
        continue;
      }
      // An admin's edited copy of the robot template (checked when saved) takes the shipped file's place.
      const edited = await channelTemplateText(deps.db, ROBOT_TEMPLATES, notice.purpose, locale);
      const message = rendered(() => deps.markdown.render(notice.purpose, locale, notice.data, notice.links, edited));
      // As for texts: what the outbox shows those who may not read the record the message is about.
      const { maskedData } = notice;
      const masked = maskedData && rendered(() => deps.markdown.render(notice.purpose, locale, maskedData, notice.links, edited));
      const robot = robots.get(recipient.robotKey);
      const row = await enqueueRobotMessage(deps.db, {
        key,
        purpose: notice.purpose,
        locale,
        robotKey: recipient.robotKey,
        robot,
        message,
        maskedMarkdown: masked?.markdown,
        submissionId: notice.submissionId,
        deliverable: Boolean(robot && deps.endpoints[robot.channel]),
        at: now().toISOString(),
      });
      rows.push({ key, outboxId: row.id, status: row.status });
    }
    return { rows, skipped };
  }

  return {
    sendNotice,

    /** Posts a ladder's alert to its robots: the enterprise's name and the case number looked up, an absolute link back. */
    async alertRobots(input: AlertRobotsInput): Promise<NotifyResult> {
      const enterprise = input.enterpriseId === null ? undefined : await enterpriseName(deps.db, input.enterpriseId);
      const caseNumber = await caseNumberOf(deps.db, input.submissionId);
      const link = input.taskId
        ? `${base}/#/tasks/${encodeURIComponent(input.taskId)}`
        : `${base}/#/submissions/${encodeURIComponent(input.submissionId)}`;
      return sendNotice({
        purpose: input.purpose,
        key: input.key,
        recipients: input.robots.map((robotKey) => ({ channel: 'robot' as const, robotKey })),
        data: { ...input.data, enterpriseName: enterprise ?? '', caseNumber: caseNumber ?? '' },
        links: { open: link },
        submissionId: input.submissionId,
      });
    },
  };
}

/** The notifier, for activities that notify as part of their work. */
export type Notifier = ReturnType<typeof createNotifyActivities>;
