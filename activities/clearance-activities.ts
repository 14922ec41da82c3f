// The effect of a final approval of the resumption-readiness inspection (P2; seed 003 "达到要求才能复工"): the
// enterprise's projects are cleared to resume, with the date, the approving inspection body and the case. Idempotent: a
// project already cleared keeps its first clearance, so a retry after a lost reply changes nothing. Audited per project.
import { recordAudit } from '#core/stores/audit-store';
import type { Db } from '#core/stores/db-types';
import { findWorkingGroupByKey, type WorkingGroupRow } from '#core/stores/org/reference-data-store';
import { clearProjects, projectClearedAt, projectsClearedBy, unclearedProjects } from '#core/stores/project-clearance-store';

/** Input of clearToResume; `bodyKey` names the inspection body whose approval clears (null: none named). */
export interface ClearToResumeInput {
  submissionId: string;
  enterpriseId: number;
  bodyKey: string | null;
  approverId: number | null;
}

/** What clearToResume did: the projects it cleared now, when, and by which body. */
export interface Clearance {
  projectIds: number[];
  clearedAt: string;
  body: { id: number; name: { 'zh-CN': string; en: string } } | null;
}

/** Builds the clearance activities over a DB connection. */
export function createClearanceActivities(deps: { db: Db; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Clears every project of the enterprise not cleared yet, in one transaction with its audit rows. */
    async clearToResume(input: ClearToResumeInput): Promise<Clearance> {
      const clearedAt = now().toISOString();
      return deps.db.transaction(async (trx) => {
        const body = input.bodyKey ? await findWorkingGroupByKey(trx, input.bodyKey) : undefined;
        const again = await projectsClearedBy(trx, input.submissionId);
        if (again.length) return { projectIds: again, clearedAt: await projectClearedAt(trx, again[0]!), body: body ? bodyOf(body) : null };
        const ids = await unclearedProjects(trx, input.enterpriseId);
        if (ids.length)
          await clearProjects(trx, ids, {
            clearedAt,
            bodyId: body ? body.id : null,
            approverId: input.approverId,
            submissionId: input.submissionId,
          });
        for (const id of ids)
          await recordAudit(
            trx,
            {
              actorId: input.approverId,
              actorRole: null,
              action: 'project.cleared-to-resume',
              targetType: 'project',
              targetId: String(id),
              summary: { enterpriseId: input.enterpriseId, submissionId: input.submissionId, body: input.bodyKey, clearedAt },
              requestId: null,
            },
            new Date(clearedAt),
          );
        return { projectIds: ids, clearedAt, body: body ? bodyOf(body) : null };
      });
    },
  };
}

function bodyOf(body: WorkingGroupRow): Clearance['body'] {
  return { id: body.id, name: { 'zh-CN': body.nameZh, en: body.nameEn } };
}
