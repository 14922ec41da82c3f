// A task as the API returns it: the stored row (core/stores/task-row.ts) with an id for URLs and a summary of its case;
// the inbox's list without the completion form, the task's own routes with it.
import { caseSummary } from '#core/domain/case-summary';
import { publicId } from '#core/domain/public-id';
import type { NamedTaskRow } from '#core/stores/task-row';

/** A task row as the inbox lists it. */
export function taskView(row: NamedTaskRow) {
  return {
    /** The id for URLs (no `/`): the workflow's name for the task, escaped (core/domain/public-id.ts). */
    id: publicId(row.id),
    /** The workflow's own name for the task, as its history and the audit log carry it. */
    taskKey: row.id,
    workflowId: row.workflowId,
    submissionId: row.submissionId,
    caseNumber: row.caseNumber,
    /** What the case is about in the enterprise's words (a difficulty's description), so two of one form tell apart. */
    summary: row.submissionData == null ? null : caseSummary(row.submissionData),
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    processType: row.processType,
    step: row.step,
    title: row.title,
    category: row.category,
    assigneeUserId: row.assigneeUserId,
    assigneeName: row.assigneeName,
    candidateRole: row.candidateRole,
    candidateGroupId: row.candidateGroupId,
    /** That group's or body's name and kind, so every reader's page names who holds the task. */
    candidateGroup: row.candidateGroup,
    priority: row.priority,
    dueAt: row.dueAt,
    createdAt: row.createdAt,
    claimedBy: row.claimedBy,
    claimedByName: row.claimedByName,
    status: row.status,
    allowedActions: row.allowedActions,
    outcome: row.outcome,
    decidedBy: row.decidedBy,
    decidedByName: row.decidedByName,
    closedAt: row.closedAt,
    /** Set when the SLA ran out on a task that stays open (a case kept at HQ). */
    overdueSince: row.overdueSince,
    /** How it ended: decided:<action>, report-received, escalated, expired. */
    closeReason: row.closeReason,
  };
}

/** A task row with the form its decision fills in, as the task page and the task's routes answer it. */
export function decidableTaskView(row: NamedTaskRow) {
  return { ...taskView(row), completionSchema: row.completionSchema, requiredByAction: row.requiredByAction };
}

/** A task as the task's own routes answer it. */
export type TaskView = ReturnType<typeof decidableTaskView>;
