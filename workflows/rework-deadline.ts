// P2's "return for rework" has its own deadline (issue 19; seed 003: a case returned for rework must not wait without
// limit, nor close in silence). The enterprise is reminded before it; past it the case is flagged on its timeline, the
// enterprise told, the rung's body alerted, and the case goes back to that rung. Behind REWORK_DEADLINE_PATCH, and only
// when the ladder's params carry `rework`, so earlier histories replay as they ran.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { ProcessStartInput } from '#core/domain/process-start';
import type { Role } from '#core/org/org-types';
import { DB_WRITE } from './activity-profiles';
import { configuredMs } from './configured-duration';
import { awaitInformation, type InformationReply } from './enterprise-replies';
import { event, tell } from './ladder-messages';
import type { LadderParams, LadderStage } from './ladder-workflow';

/** Patch: a return for rework gets a deadline with reminders, and a flag and an alert past it (issue 19). */
export const REWORK_DEADLINE_PATCH = 'ladder-rework-deadline';

/** The `rework` entry of a ladder's params (see forms/process-types.ts). */
export interface ReworkParams {
  /** How long the enterprise has: a duration, "end-of-day" or "N working days". */
  within: string;
  /** How long before the deadline to remind the enterprise ("1 day"). */
  reminders?: string[];
  /** Template of the alert to the rung's body once the deadline passed. */
  alertTemplate?: string;
}

const db = proxyActivities<Activities>(DB_WRITE);

/** The people of a rung: its inspection body's members, its role (and group), or HQ for a rung held by one cadre. */
export function peopleOf(stage: LadderStage): { role: Role; workingGroupKey?: string } {
  if (typeof stage.actor === 'object' && 'body' in stage.actor) return { role: 'special_class', workingGroupKey: stage.actor.body };
  if (typeof stage.actor === 'object') return stage.actor;
  return { role: 'hq' };
}

/** When a return for rework made at this moment is due. */
export async function reworkDeadline(rework: ReworkParams): Promise<string> {
  return db.slaDeadline({ start: new Date().toISOString(), sla: rework.within });
}

/**
 * Waits for the enterprise's rework until `dueAt`, reminding it `reminders` before; null when the deadline passed (the
 * case is then flagged and the rung's body alerted).
 */
export async function awaitRework(
  input: ProcessStartInput<LadderParams>,
  stage: LadderStage,
  key: string,
  dueAt: string,
  note: string,
): Promise<InformationReply | null> {
  const rework = input.params.rework!;
  const offsets = (rework.reminders ?? []).map((text, i) => configuredMs(text, `rework.reminders[${i}]`)).sort((a, b) => b - a);
  for (const [i, offset] of offsets.entries()) {
    const untilReminder = Date.parse(dueAt) - offset - Date.now();
    // A reminder whose time had passed when the case was returned is not sent.
    if (untilReminder <= 0) continue;
    const early = await awaitInformation(untilReminder);
    if (early) return early;
    await tell(input, `${key}/rework-reminder/${i}`, stage, { reworkReminder: true, reworkDueAt: dueAt, note });
  }
  const answer = await awaitInformation(Math.max(1, Date.parse(dueAt) - Date.now()));
  if (answer) return answer;
  await event(input, `${key}/rework-overdue`, 'ladder.rework-overdue', { stage: stage.name, dueAt, note });
  await tell(input, `${key}/rework-overdue`, stage, { reworkOverdue: true, reworkDueAt: dueAt, note });
  await db.alertUsers({
    key: `${key}/rework-overdue-alert`,
    to: peopleOf(stage),
    template: rework.alertTemplate ?? 'rework-overdue-alert',
    title: { 'zh-CN': `${input.formTitle['zh-CN']} · ${stage.title['zh-CN']}`, en: `${input.formTitle.en} · ${stage.title.en}` },
    submissionId: input.submissionId,
    data: { dueAt, note, submissionId: input.submissionId },
  });
  return null;
}
