// The human-task building block's vocabulary, shared by workflows (sandbox-safe), activities and the API.
import type { LocalizedText } from './locale';
import type { Role } from '../org/org-types';

/** What a person may do with a task; each step allows a subset ("uphold"/"dismiss": the review of a publicity objection). */
export const TASK_ACTIONS = ['approve', 'resolve', 'escalate', 'return', 'reject', 'acknowledge', 'uphold', 'dismiss'] as const;
/** One task action. */
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** Task lifecycle (the projection's `status`). */
export const TASK_STATUSES = ['open', 'claimed', 'done', 'escalated', 'expired', 'cancelled'] as const;
/** A task's status. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Who should act, before it is resolved to a user or a candidate role/group. */
export type TaskAssignee =
  | { kind: 'cadre-of-enterprise' }
  /** The special-class working group that the admin-editable category map names (coordination when unmapped). */
  | { kind: 'group-of-category'; category: string | null }
  | { kind: 'user'; userId: number }
  | { kind: 'role'; role: Role; workingGroupKey?: string };

/** Everything a workflow says about a task it opens. */
export interface TaskSpec {
  /** Deterministic (workflow id + step), so a retried activity never opens a second task. */
  taskId: string;
  step: string;
  processType: string;
  title: LocalizedText;
  submissionId: string | null;
  enterpriseId: number | null;
  category?: string | null;
  assignee: TaskAssignee;
  priority: number;
  dueAt: string;
  allowedActions: TaskAction[];
  /** JSON Schema of the data a decision carries (often a note or a resolution). */
  completionSchema: Record<string, unknown>;
  /** Fields of the completion data that one action needs besides the schema's own `required` (a resolution to resolve). */
  requiredByAction?: Partial<Record<TaskAction, string[]>>;
  /** Status the task ends in when its SLA runs out. */
  breachStatus: 'escalated' | 'expired';
  /** What the SLA breach does with the case, for the overdue notice to tell the task's holder; absent: `breachStatus` only. */
  breach?: TaskBreach;
  /** When to send the "due soon" reminder, as an ISO time before dueAt; none when absent or already past. */
  remindAt?: string | null;
  /** No "assigned" email when the task opens: the caller's own email (an escalation notice) already tells the assignee. */
  silent?: boolean;
}

/** Why a task ended at its SLA without a decision, beyond "closed" (worded in activities/task-breach-facts.ts). */
export const BREACH_CLOSE_REASONS = ['case-expired', 'objection-upheld', 'referral-lapsed'] as const;
/** One reason a task closed at its SLA. */
export type BreachCloseReason = (typeof BREACH_CLOSE_REASONS)[number];

/** What an SLA breach does with a task, as the overdue notice tells the person who held it. */
export type TaskBreach =
  /** The case climbs a rung, to `to` (named as people know it when the notice is written). */
  | { kind: 'escalated'; to?: TaskAssignee }
  /** The task ends here; `reason` says what became of the case, `returnsTo` who takes it up again. */
  | { kind: 'closed'; reason?: BreachCloseReason; returnsTo?: TaskAssignee };

/** Notices about a task that the workflow sends while it waits. */
export type TaskNotice = 'due-soon' | 'overdue';

/** A task as opened: the assignee resolved to a user, or to a candidate role and working group. */
export interface OpenedTask {
  taskId: string;
  assigneeUserId: number | null;
  candidateRole: Role | null;
  candidateGroupId: number | null;
}

/** Who is deciding, as the web layer established it. */
export interface TaskActor {
  userId: number;
  role: Role;
  workingGroupId: number | null;
  /** Their working group is an inspection body (absent in decisions sent before the rule: not one). */
  inspectionBody?: boolean;
}

/** A decision sent to a workflow through the `decide` Update. */
export interface Decision {
  taskId: string;
  action: TaskAction;
  data: Record<string, unknown>;
  comment: string;
  actor: TaskActor;
}

/** How a human task ended. */
export type TaskOutcome =
  | { kind: 'decided'; action: TaskAction; data: Record<string, unknown>; comment: string; decidedBy: number; decidedAt: string }
  | { kind: 'breached'; at: string };

/** How a task closed without a decision because what it waited for arrived (a follow-up when the report came in). */
export interface ClosedOutcome {
  kind: 'closed';
  reason: string;
  note: LocalizedText;
  at: string;
}

/**
 * Whether an actor is within a task's scope: its assignee, or a member of its candidate role (and group). A task
 * offered to a whole role (no group) is the enterprise service class's: an inspection body's members are not among
 * its candidates (core/stores/org/role-candidates.ts says the same in SQL).
 */
export function actorMayDecide(task: OpenedTask, actor: TaskActor): boolean {
  if (task.assigneeUserId !== null) return task.assigneeUserId === actor.userId;
  if (task.candidateRole !== actor.role) return false;
  if (task.candidateGroupId === null) return actor.inspectionBody !== true;
  return task.candidateGroupId === actor.workingGroupId;
}

/** The key under which a task row's stored completion schema keeps its `requiredByAction` (read back by the task API). */
export const REQUIRED_BY_ACTION = 'x-required-by-action';

/** Names of the required fields of a completion schema (and of the action, when given) that `data` lacks. */
export function missingRequired(schema: Record<string, unknown>, data: Record<string, unknown>, forAction: string[] = []): string[] {
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return [...new Set([...required, ...forAction])].filter((name) => data[name] === undefined || data[name] === null || data[name] === '');
}

/** Focus enterprises (000 §II.4: 重点企业) have their tasks at least 优先: a task about one opens at this priority or
 * at its own, whichever is higher. */
export const FOCUS_ENTERPRISE_PRIORITY = 1;
