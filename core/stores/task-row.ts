// The `tasks` row, typed: read back once from the database's columns (JSON parsed, ids as numbers) into `TaskRow`, and
// written by `newTaskRecord` the same way by the human-task building block, by activities that open tasks in bulk (a
// collection round's follow-ups) and by the gate.
import { fromJson, toJson } from '../db';
import { REQUIRED_BY_ACTION, type OpenedTask, type TaskAction, type TaskSpec, type TaskStatus } from '../domain/human-task';
import type { LocalizedText } from '../domain/locale';
import type { OfferedGroup, Role } from '../org/org-types';
import type { OrgUnitKind } from '../org/inspection-bodies';

/** Which fields each action of a task needs (kept inside the stored completion schema). */
export type RequiredByAction = NonNullable<TaskSpec['requiredByAction']>;

/** A task as stored: what a workflow waits on, who may act, and how it ended. */
export interface TaskRow {
  /** The workflow's own name for the task (`submission-…/cadre`). */
  id: string;
  workflowId: string;
  submissionId: string | null;
  enterpriseId: number | null;
  processType: string;
  step: string;
  title: LocalizedText;
  category: string | null;
  assigneeUserId: number | null;
  candidateRole: Role | null;
  candidateGroupId: number | null;
  priority: number;
  dueAt: string;
  createdAt: string;
  claimedBy: number | null;
  claimedAt: string | null;
  status: TaskStatus;
  allowedActions: TaskAction[];
  /** The completion form's schema, without the fields-per-action key it is stored with. */
  completionSchema: Record<string, unknown>;
  requiredByAction: RequiredByAction;
  outcome: Record<string, unknown> | null;
  decidedBy: number | null;
  closedAt: string | null;
  /** Set when the SLA ran out on a task that stays open (a case kept at HQ). */
  overdueSince: string | null;
  /** How it ended: decided:<action>, report-received, escalated, expired. */
  closeReason: string | null;
}

/** A task row with the names the inbox shows beside it (from `withNames`). */
export interface NamedTaskRow extends TaskRow {
  enterpriseName: string | null;
  assigneeName: string | null;
  claimedByName: string | null;
  decidedByName: string | null;
  caseNumber: string | null;
  /** The data of the task's submission, for its summary (null without one). */
  submissionData: Record<string, unknown> | null;
  /** The working group or inspection body the task was offered to (null when offered to none). */
  candidateGroup: OfferedGroup | null;
}

type Raw = Record<string, unknown>;

const text = (value: unknown): string | null => (value == null ? null : String(value));
const id = (value: unknown): number | null => (value == null ? null : Number(value));

/** A stored completion schema split into the schema and which of its fields each action needs. */
function completionOf(stored: unknown): { completionSchema: Record<string, unknown>; requiredByAction: RequiredByAction } {
  const { [REQUIRED_BY_ACTION]: byAction, ...completionSchema } = fromJson<Record<string, unknown>>(stored);
  return { completionSchema, requiredByAction: (byAction ?? {}) as RequiredByAction };
}

/** The one mapping from a `tasks` row (as the driver returns it) to `TaskRow`. */
export function toTaskRow(row: Raw): TaskRow {
  return {
    id: String(row.id),
    workflowId: String(row.workflow_id),
    submissionId: text(row.submission_id),
    enterpriseId: id(row.enterprise_id),
    processType: String(row.process_type),
    step: String(row.step),
    title: fromJson<LocalizedText>(row.title),
    category: text(row.category),
    assigneeUserId: id(row.assignee_user_id),
    candidateRole: text(row.candidate_role) as Role | null,
    candidateGroupId: id(row.candidate_group_id),
    priority: Number(row.priority),
    dueAt: String(row.due_at),
    createdAt: String(row.created_at),
    claimedBy: id(row.claimed_by),
    claimedAt: text(row.claimed_at),
    status: String(row.status) as TaskStatus,
    allowedActions: fromJson<TaskAction[]>(row.allowed_actions),
    ...completionOf(row.completion_schema),
    outcome: row.outcome == null ? null : fromJson<Record<string, unknown>>(row.outcome),
    decidedBy: id(row.decided_by),
    closedAt: text(row.closed_at),
    overdueSince: text(row.overdue_since),
    closeReason: text(row.close_reason),
  };
}

/** A row of `withNames` mapped to `NamedTaskRow`. */
export function toNamedTaskRow(row: Raw): NamedTaskRow {
  return {
    ...toTaskRow(row),
    enterpriseName: text(row.enterprise_name),
    assigneeName: text(row.assignee_name),
    claimedByName: text(row.claimed_by_name),
    decidedByName: text(row.decided_by_name),
    caseNumber: text(row.case_number),
    submissionData: row.submission_data == null ? null : fromJson<Record<string, unknown>>(row.submission_data),
    candidateGroup:
      row.candidate_group_kind == null
        ? null
        : {
            name: { 'zh-CN': String(row.candidate_group_name_zh), en: String(row.candidate_group_name_en) },
            kind: row.candidate_group_kind as OrgUnitKind,
          },
  };
}

/** The `tasks` record of `spec` with its resolved assignee, opened at `at`; `workflowId` when the task id does not start with it. */
export function newTaskRecord(
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

/** A `tasks` record as `newTaskRecord` builds it, ready to insert. */
export type NewTaskRecord = ReturnType<typeof newTaskRecord>;
