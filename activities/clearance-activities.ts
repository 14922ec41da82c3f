// The effects of the resumption-readiness inspection on the enterprise's clearance (P2; seed 003 "达到要求才能复工"):
// the clearing level's pass clears its projects to resume, with the date, the approving inspection body and the case
// (and lifts a suspension); a fail at a level above it suspends that clearance until a later clearance. Idempotent: a
// project already cleared keeps its clearance, one already suspended its suspension, and a retry after a lost reply
// finds what the case did. Audited per project.
import { recordAudit } from '#core/stores/audit-store';
import type { Db } from '#core/stores/db-types';
import { findWorkingGroupByKey, type WorkingGroupRow } from '#core/stores/org/reference-data-store';
import {
  clearProjects,
  projectClearedAt,
  projectsClearedBy,
  projectsInForce,
  projectsSuspendedBy,
  projectsToClear,
  suspendProjects,
} from '#core/stores/project-clearance-store';

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
        const { ids, suspended } = await projectsToClear(trx, input.enterpriseId);
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
              summary: {
                enterpriseId: input.enterpriseId,
                submissionId: input.submissionId,
                body: input.bodyKey,
                clearedAt,
                ...(suspended.includes(id) ? { liftsSuspension: true } : {}),
              },
              requestId: null,
            },
            new Date(clearedAt),
          );
        return { projectIds: ids, clearedAt, body: body ? bodyOf(body) : null };
      });
    },

    /** Suspends the clearance of every project of the enterprise cleared and not suspended, in one transaction with
     * its audit rows; `bodyKey` names the failing level's inspection body. */
    async suspendClearance(input: SuspendClearanceInput): Promise<Suspension> {
      const suspendedAt = now().toISOString();
      return deps.db.transaction(async (trx) => {
        const body = input.bodyKey ? await findWorkingGroupByKey(trx, input.bodyKey) : undefined;
        const again = await projectsSuspendedBy(trx, input.submissionId);
        if (again.ids.length) return { projectIds: again.ids, suspendedAt: again.at!, body: body ? bodyOf(body) : null };
        const ids = await projectsInForce(trx, input.enterpriseId);
        if (ids.length)
          await suspendProjects(trx, ids, {
            suspendedAt,
            bodyId: body ? body.id : null,
            deciderId: input.deciderId,
            submissionId: input.submissionId,
          });
        for (const id of ids)
          await recordAudit(
            trx,
            {
              actorId: input.deciderId,
              actorRole: null,
              action: 'project.clearance-suspended',
              targetType: 'project',
              targetId: String(id),
              summary: { enterpriseId: input.enterpriseId, submissionId: input.submissionId, body: input.bodyKey, suspendedAt },
              requestId: null,
            },
            new Date(suspendedAt),
          );
        return { projectIds: ids, suspendedAt, body: body ? bodyOf(body) : null };
      });
    },
  };
}

/** Input of suspendClearance: the case failed at a level above the clearing one, by `deciderId` of body `bodyKey`. */
export interface SuspendClearanceInput {
  submissionId: string;
  enterpriseId: number;
  bodyKey: string | null;
  deciderId: number | null;
}

/** What suspendClearance did: the projects whose clearance it suspended now (none: nothing was in force), when, by whom. */
export interface Suspension {
  projectIds: number[];
  suspendedAt: string;
  body: Clearance['body'];
}

function bodyOf(body: WorkingGroupRow): Clearance['body'] {
  return { id: body.id, name: { 'zh-CN': body.nameZh, en: body.nameEn } };
}
