// What a ladder tells people: a line on the case's timeline, an email to the reporting enterprise about a change, a
// templated notice, and the alerts of a rung that stays open past its SLA (issue 19: the last rung never ends in silence).
import { patched, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { ProcessStartInput } from '#core/domain/process-start';
import { DB_WRITE, EMAIL } from './activity-profiles';
import type { OverdueWatch } from './human-task';
import type { LadderParams, LadderStage } from './ladder-workflow';
import { configuredMs } from './configured-duration';

const db = proxyActivities<Activities>(DB_WRITE);
const mail = proxyActivities<Activities>(EMAIL);

/** Patch: a rung's group robots hear of its SLA breach and of a case referred up to it (issue 22). */
export const ROBOT_ALERTS_PATCH = 'ladder-robot-alerts';

/**
 * Posts a breach or a referral to the rung's group robots, once per key; nothing (no command) when the rung names none.
 * `taskId` is the task the link opens (a referral's new task); without it the link opens the case.
 */
export async function robotAlert(
  input: ProcessStartInput<LadderParams>,
  key: string,
  stage: LadderStage,
  kind: 'breach' | 'referral',
  detail: { dueAt?: string; taskId?: string; escalatesTo?: string | null },
): Promise<void> {
  if (!stage.robots?.length || !patched(ROBOT_ALERTS_PATCH)) return;
  await mail.alertRobots({
    key: `${key}/robots`,
    purpose: kind === 'breach' ? 'case-overdue-alert' : 'task-assigned',
    robots: stage.robots,
    submissionId: input.submissionId,
    enterpriseId: input.enterpriseId,
    taskId: detail.taskId ?? null,
    data: {
      kind,
      formTitle: input.formTitle['zh-CN'],
      stageTitle: stage.title['zh-CN'],
      dueAt: detail.dueAt ?? null,
      escalatesTo: detail.escalatesTo ?? null,
    },
  });
}

/** Adds a line to the case's timeline, once per key. */
export async function event(
  input: ProcessStartInput<LadderParams>,
  key: string,
  kind: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await db.recordEvent({ key, submissionId: input.submissionId, kind, detail });
}

/** Emails the reporting enterprise about a change, once per key, when the params name an update template. */
export async function tell(
  input: ProcessStartInput<LadderParams>,
  key: string,
  stage: LadderStage,
  change: Record<string, unknown>,
): Promise<void> {
  const { email, locale, name } = input.submitter;
  if (!email || !input.params.updateTemplate) return;
  const data = {
    recipientName: name,
    formTitle: input.formTitle[locale],
    stageTitle: stage.title[locale],
    submissionId: input.submissionId,
    ...change,
  };
  await mail.sendEmail({
    key: `${key}/update`,
    template: input.params.updateTemplate,
    locale,
    to: email,
    submissionId: input.submissionId,
    data,
  });
}

/** Emails the submitter a templated notice, once per key, when the params name the template. */
export async function notify(
  input: ProcessStartInput<LadderParams>,
  key: string,
  template: string | undefined,
  extra: Record<string, string>,
): Promise<void> {
  const { email, locale, name } = input.submitter;
  if (!email || !template) return;
  await mail.sendEmail({
    key,
    template,
    locale,
    to: email,
    submissionId: input.submissionId,
    data: { recipientName: name, formTitle: input.formTitle[locale], submissionId: input.submissionId, ...extra },
  });
}

/**
 * A rung that stays open past its SLA: on the breach, a timeline line (the dashboard counts it), the enterprise told the
 * case is overdue and still open, and the rung's supervisors (or the ladder's leadership list) alerted; the alert again
 * every `every` until decided.
 */
export function overdueWatch(
  input: ProcessStartInput<LadderParams>,
  stage: LadderStage,
  taskId: string,
  dueAt: string,
  receivedAt: string,
  onOverdue: () => void,
): OverdueWatch {
  // A rung may name its own supervisors (P2: each inspection level's); otherwise the ladder's list.
  const settings = stage.overdue ?? input.params.overdue ?? {};
  return {
    everyMs: configuredMs(settings.every ?? '1 day', 'overdue.every'),
    async alert(round) {
      if (round === 0) {
        onOverdue();
        await event(input, `${taskId}/overdue`, 'ladder.sla-breached', {
          stage: stage.name,
          sla: stage.sla,
          escalatesTo: null,
          staysOpen: true,
        });
        await tell(input, `${taskId}/overdue`, stage, { overdue: true, dueAt, receivedAt });
        await robotAlert(input, `${taskId}/overdue`, stage, 'breach', { dueAt, taskId });
      }
      await db.alertUsers({
        key: `${taskId}/overdue-alert/${round}`,
        to: settings.alert ?? { role: 'hq' },
        template: settings.template ?? 'case-overdue-alert',
        title: { 'zh-CN': `${input.formTitle['zh-CN']} · ${stage.title['zh-CN']}`, en: `${input.formTitle.en} · ${stage.title.en}` },
        submissionId: input.submissionId,
        data: {
          dueAt,
          submissionId: input.submissionId,
          summary: typeof input.data.summary === 'string' ? input.data.summary : '',
          repeat: round > 0,
          day: round + 1,
        },
      });
    },
  };
}
