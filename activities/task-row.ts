// The row a task projects to, written the same way by the human-task building block and by activities that open tasks
// in bulk (a collection round's follow-ups).
import { toJson } from '../core/db';
import { REQUIRED_BY_ACTION, type OpenedTask, type TaskSpec } from '../core/domain/human-task';

/** The `tasks` row of `spec` with its resolved assignee, opened at `at`; `workflowId` when the task id does not start with it. */
export function taskRow(
  spec: TaskSpec,
  resolved: Omit<OpenedTask, 'taskId'>,
  enterpriseName: string,
  at: string,
  workflowId?: string,
  caseNumber?: string | null,
) {
  return {
    id: spec.taskId,
    workflow_id: workflowId ?? spec.taskId.split('/')[0],
    submission_id: spec.submissionId,
    enterprise_id: spec.enterpriseId,
    process_type: spec.processType,
    step: spec.step,
    title: toJson(spec.title),
    category: spec.category ?? null,
    assignee_user_id: resolved.assigneeUserId,
    candidate_role: resolved.candidateRole,
    candidate_group_id: resolved.candidateGroupId,
    priority: spec.priority,
    due_at: spec.dueAt,
    created_at: at,
    status: 'open',
    allowed_actions: toJson(spec.allowedActions),
    // Which fields each action needs travels with the schema, so the task page and the API can mark and check them.
    completion_schema: toJson(
      spec.requiredByAction ? { ...spec.completionSchema, [REQUIRED_BY_ACTION]: spec.requiredByAction } : spec.completionSchema,
    ),
    // What the inbox's text filter finds a task by (indexed, migration 0019): its report's case number first.
    search_text: `${caseNumber ? `${caseNumber} ` : ''}${spec.title['zh-CN']} ${spec.title.en} ${enterpriseName}`.slice(0, 1000),
  };
}
