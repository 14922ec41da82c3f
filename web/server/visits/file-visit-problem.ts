// A problem a cadre took away from a visit becomes a difficulty report (P4) in one click, filed on the enterprise's
// behalf: the report counts as the enterprise's (its records, its confirmation), the cadre who filed it follows it
// by email, and its ladder starts at that same cadre's inbox, where "resolve" or "escalate" carries it on.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '#core/stores/audit-store';
import { AppError, notFound } from '#core/errors';
import type { Locale } from '#core/domain/locale';
import { localDateText } from '#core/domain/local-date-text';
import type { SessionUser } from '../request-context';
import { DIFFICULTY_FORM } from '#core/stores/dashboard/figures/difficulty-rows';
import { submitForm, type SubmitDeps } from '../submissions/submission-service';
import { refreshVisitDay } from '#core/stores/dashboard/visit-day-totals';
import type { Db } from '#core/stores/db-types';
import {
  countProblemFiled,
  findProblemToFile,
  problemSubmissionId,
  reserveProblemSubmission,
} from '#core/stores/visits/visit-problem-store';

const PROBLEM = { 'zh-CN': '走访问题', en: 'Visit problem' };
const notToCoordinate = new AppError(409, 'not_to_coordinate', {
  'zh-CN': '只有带回协调的问题可以转为困难问题',
  en: 'Only problems taken away to coordinate can be filed as difficulty reports',
});

/** What filing answers: the report's submission id, and whether this call created it. */
export interface FiledProblem {
  submissionId: string;
  created: boolean;
}

/** The case a filing made (or found made): for the request's log line, not for the answer. */
export interface FiledCase {
  workflowId: string;
  caseNumber: string | null;
}

async function reserveSubmissionId(db: Db, visitId: number, problemId: number): Promise<string> {
  // The id is stored before the report is filed, so a retry (or a second click) files the same report, never two.
  return db.transaction(async (trx) => {
    if (await reserveProblemSubmission(trx, problemId, randomUUID())) await refreshVisitDay(trx, await countProblemFiled(trx, visitId));
    return problemSubmissionId(trx, problemId);
  });
}

/** Files problem `problemId` of visit `visitId` as a difficulty report of the visited enterprise. */
export async function fileVisitProblem(
  deps: SubmitDeps,
  cadre: SessionUser,
  scope: number[],
  ids: { visitId: number; problemId: number },
  request: { locale: Locale; requestId: string },
): Promise<FiledProblem & { filedCase: FiledCase }> {
  const { db } = deps;
  const row = await findProblemToFile(db, ids, scope);
  if (!row) throw notFound(PROBLEM);
  if (row.kind !== 'coordinate') throw notToCoordinate;
  const submissionId = await reserveSubmissionId(db, ids.visitId, ids.problemId);
  const onBehalf: SessionUser = {
    ...cadre,
    role: 'enterprise',
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
  };
  const visitedOn = localDateText(row.visitedOn, request.locale);
  const prefix = request.locale === 'en' ? `[From the visit of ${visitedOn}] ` : `【${visitedOn} 走访带回】`;
  const data = { category: row.category, summary: `${prefix}${row.description}`, urgent: false };
  const { submission, created } = await submitForm(deps, {
    user: onBehalf,
    formKey: DIFFICULTY_FORM,
    submissionId,
    data,
    locale: request.locale,
    requestId: request.requestId,
  });
  if (created) {
    await recordAudit(db, {
      actorId: cadre.id,
      actorRole: cadre.role,
      action: 'visit.problem-filed',
      targetType: 'visit',
      targetId: String(ids.visitId),
      summary: { problemId: ids.problemId, submissionId },
      requestId: request.requestId,
    });
  }
  return { submissionId, created, filedCase: { workflowId: submission.workflowId, caseNumber: submission.caseNumber } };
}
