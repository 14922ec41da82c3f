// What a ladder does once its case is settled for good (after publicity, when there is one): credit points into the
// ledger, the enterprise's projects cleared to resume (P2), a notice on the public bulletin, an email to the submitter. Every step is an activity keyed by the workflow
// and step, writing under a unique key, so a retry or a worker restart mid-way applies each effect exactly once.
import { patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { ProcessStartInput } from '#core/domain/process-start';
import { DB_WRITE, EMAIL } from './activity-profiles';

/** Parameters of the effects (the `effects` entry of a ladder's params). */
export interface EffectsParams {
  /** Points added to the enterprise's credit record, with the reason the ledger shows. */
  credit?: { points: number; reason: string };
  /** Template of the notice published on the public bulletin. */
  noticeTemplate?: string;
  /** What the notice is on the bulletin: a commendation (the default) or an article (good practice, a solved problem). */
  noticeKind?: 'commendation' | 'article';
  /** Template of the email telling the submitter the effects were applied. */
  emailTemplate?: string;
  /** P2: the final approval clears the enterprise's projects to resume, with the date and the approving body. */
  clearToResume?: boolean;
}

/** Patch: a ladder whose effects clear to resume writes the clearance (issue 19). */
export const CLEARANCE_PATCH = 'ladder-clear-to-resume';
/** Patch: a rung marked `clearsToResume` writes the clearance when it passes the case (seed 003: the town/street level). */
export const STAGE_CLEARANCE_PATCH = 'ladder-stage-clears-to-resume';
/** Patch: a fail at a rung above the one that clears suspends the clearance (seed 003: 达到要求才能复工 holds after). */
export const SUSPENSION_PATCH = 'ladder-later-fail-suspends-clearance';

const db = proxyActivities<Activities>(DB_WRITE);
const mail = proxyActivities<Activities>(EMAIL);

/** Clears the enterprise's projects to resume (once per case: a second call finds the first clearance) and puts it on the
 * case's timeline under `key`; answers the projects cleared. */
export async function clearToResume(
  input: ProcessStartInput<unknown>,
  approverId: number | null,
  bodyKey: string | null,
  key: string,
): Promise<number[]> {
  if (input.enterpriseId === null) return [];
  const clearance = await db.clearToResume({ submissionId: input.submissionId, enterpriseId: input.enterpriseId, bodyKey, approverId });
  await db.recordEvent({
    key,
    submissionId: input.submissionId,
    kind: 'ladder.cleared-to-resume',
    detail: { by: approverId, body: clearance.body?.name ?? null, clearedAt: clearance.clearedAt, projectIds: clearance.projectIds },
  });
  return clearance.projectIds;
}

/** Suspends the enterprise's clearance to resume (a rung above the clearing one failed the case) and puts it on the
 * case's timeline under `key` when there was one in force; answers the projects suspended. */
export async function suspendClearance(
  input: ProcessStartInput<unknown>,
  deciderId: number | null,
  bodyKey: string | null,
  key: string,
): Promise<number[]> {
  if (input.enterpriseId === null) return [];
  const suspension = await db.suspendClearance({ submissionId: input.submissionId, enterpriseId: input.enterpriseId, bodyKey, deciderId });
  if (suspension.projectIds.length)
    await db.recordEvent({
      key,
      submissionId: input.submissionId,
      kind: 'ladder.clearance-suspended',
      detail: {
        by: deciderId,
        body: suspension.body?.name ?? null,
        suspendedAt: suspension.suspendedAt,
        projectIds: suspension.projectIds,
      },
    });
  return suspension.projectIds;
}

/**
 * Applies the effects once; `approverId` is who gave the final approval, `data` the template data of the case, `bodyKey`
 * the inspection body of the approving rung (when it names one).
 */
export async function applyEffects(
  input: ProcessStartInput<{ effects?: EffectsParams }>,
  approverId: number | null,
  data: Record<string, unknown>,
  bodyKey: string | null = null,
): Promise<void> {
  const effects = input.params.effects;
  if (!effects) return;
  const base = `${workflowInfo().workflowId}/effects`;
  const applied: Record<string, unknown> = {};
  if (effects.credit && input.enterpriseId !== null) {
    const basis = `${input.formTitle['zh-CN']} ${input.submissionId}`;
    const { entryId } = await db.awardCredit({
      key: `${base}/credit`,
      enterpriseId: input.enterpriseId,
      points: effects.credit.points,
      reason: effects.credit.reason,
      basis,
      approverId,
      submissionId: input.submissionId,
    });
    applied.creditEntryId = entryId;
  }
  if (effects.clearToResume && input.enterpriseId !== null && patched(CLEARANCE_PATCH))
    applied.clearedProjectIds = await clearToResume(input, approverId, bodyKey, `${base}/cleared`);
  if (effects.noticeTemplate) {
    const { noticeId } = await db.publishNotice({
      key: `${base}/notice`,
      template: effects.noticeTemplate,
      submissionId: input.submissionId,
      enterpriseId: input.enterpriseId,
      formTitle: input.formTitle,
      data,
      ...(effects.noticeKind ? { kind: effects.noticeKind } : {}),
    });
    applied.noticeId = noticeId;
  }
  const { email, locale, name } = input.submitter;
  if (effects.emailTemplate && email) {
    const mailData = { ...data, locale, recipientName: name, formTitle: input.formTitle[locale], submissionId: input.submissionId };
    await mail.sendEmail({
      key: `${base}/email`,
      template: effects.emailTemplate,
      locale,
      to: email,
      submissionId: input.submissionId,
      data: mailData,
    });
  }
  await db.recordEvent({ key: `${base}/applied`, submissionId: input.submissionId, kind: 'effects.applied', detail: applied });
}
