// When an enterprise changes cadre, the open tasks its old cadre held about it go to the new one: the workflow takes
// the reassignment as an Update (as a manual reassignment does, its audit entry held across a stopped process:
// audit/audited-update.ts), the row, a comment and the audit log record it (the row and comment written by settling for
// a process stopped in between, tasks/record-reassignment.ts). Left with the old cadre, they kept reading the
// enterprise's cases (personal data included) and could still decide them, while the cadre now responsible never saw
// them. An enterprise left without a cadre keeps its tasks where they are, hidden from their former cadre
// (load-task.ts), until an assignment names the next one; its SLA escalates meanwhile.
import type { Request } from 'express';
import type { AppDeps } from '../app-deps';
import { currentAssignmentOf } from '#core/stores/org/cadre-assignment-store';
import { strandedCadreTasks } from '#core/stores/stranded-cadre-tasks';
import { reassignUpdate } from '#workflows/human-task-contract';
import { auditRequest } from '../audit/audit-request';
import { sendAudited } from '../audit/audited-update';
import { CADRE_HANDOVER_REASON, recordReassignment, type ReassignSummary } from '../tasks/record-reassignment';
import { sendUpdate } from '../tasks/send-update';

/** Hands the enterprise's open tasks held by a former cadre to its current cadre; answers how many moved. A task
 * whose workflow refuses (closed meanwhile) is left and logged; the others still move. */
export async function handOverCadreTasks(
  { db, temporal, logger }: Pick<AppDeps, 'db' | 'temporal' | 'logger'>,
  req: Request,
  enterpriseId: number,
): Promise<number> {
  const current = await currentAssignmentOf(db, enterpriseId);
  if (!current) return 0;
  const by = req.user?.id ?? current.cadreId;
  let moved = 0;
  for (const task of await strandedCadreTasks(db, enterpriseId)) {
    const audited = {
      workflowId: task.workflowId,
      action: 'task.reassign',
      target: { type: 'task', id: task.id },
      summary: {
        before: { assigneeUserId: task.assigneeUserId },
        after: { assigneeUserId: current.cadreId },
        reason: CADRE_HANDOVER_REASON['zh-CN'],
      } satisfies ReassignSummary,
    };
    try {
      // A refusal (sendUpdate's answers) lets the held entry go at once.
      if (task.decidable)
        await sendAudited({ db, logger }, req, audited, (updateId) =>
          sendUpdate(() =>
            temporal.workflow
              .getHandle(task.workflowId)
              .executeUpdate(reassignUpdate, { args: [{ taskId: task.id, assigneeUserId: current.cadreId }], updateId }),
          ),
        );
    } catch (error) {
      logger.warn({ err: error, taskId: task.id, enterpriseId }, 'a task could not be handed to the new cadre');
      continue;
    }
    await recordReassignment(
      db,
      {
        taskId: task.id,
        assigneeUserId: current.cadreId,
        by,
        // In both languages: each reader of the task is shown theirs, whoever made the change.
        reason: CADRE_HANDOVER_REASON,
        at: new Date().toISOString(),
      },
      task.decidable ? undefined : (trx) => auditRequest(trx, req, audited.action, audited.target, audited.summary),
    );
    moved += 1;
  }
  return moved;
}
