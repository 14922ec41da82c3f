// The JSON shapes of the task API (web/server/tasks), shared by the server's handlers and the app's inbox: tasks,
// comments, saved filters, the process timeline, reassign candidates. Plain types only, so the browser bundle takes them.
import type { LocalizedText } from '../domain/locale';
import type { OfferedGroup, Role } from '../org/org-types';
import type { TaskAction, TaskStatus } from '../domain/human-task';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';

/** A human task as the inbox lists it (the task page adds its completion form: `DecidableTask`). */
export interface Task {
  /** The id for URLs: no `/` or other character that needs encoding. */
  id: string;
  /** The workflow's own name for the task (may hold `/`), as its history and the audit log carry it. */
  taskKey: string;
  workflowId: string;
  submissionId: string | null;
  /** The originating submission's case number (`KN-20261204-0007`). */
  caseNumber: string | null;
  /** What the case is about, as its line in a list says it (a difficulty's description, a gate check's worker with the
   * resident ID masked); null when its form has no such field. */
  summary?: string | null;
  /** Where the case stands in its process's words (a gate check: 放行 / 劝返 / 隔离观察); null for a ladder's task,
   * whose rung and status say it, and for a task without a case. */
  caseStatusText?: string | null;
  /** The statuses the case's process words its own way (a readiness inspection's rejected: 不予通过, and escalated:
   * 核查通过，已报送下一级核查 for a pass to the next level), by status, for the line saying how the task ended; empty when
   * the glossary's words serve. */
  caseStatusWords?: Record<string, string>;
  enterpriseId: number | null;
  enterpriseName: string | null;
  processType: string;
  step: string;
  title: LocalizedText;
  category: string | null;
  assigneeUserId: number | null;
  assigneeName: string | null;
  candidateRole: string | null;
  candidateGroupId: number | null;
  /** The working group or inspection body it was offered to, by name and kind; null when offered to none. */
  candidateGroup: OfferedGroup | null;
  priority: number;
  dueAt: string;
  createdAt: string;
  claimedBy: number | null;
  claimedByName: string | null;
  status: TaskStatus;
  allowedActions: TaskAction[];
  outcome: Record<string, unknown> | null;
  decidedBy: number | null;
  decidedByName: string | null;
  closedAt: string | null;
  /** Set when the SLA ran out on a task that stays open. */
  overdueSince?: string | null;
  closeReason?: string | null;
}

/** A row of a follow-up task: an enterprise still missing a report, with its cadre; closes as the report arrives. */
export interface TaskItem {
  enterpriseId: number;
  enterpriseName: string;
  cadreName: string | null;
  status: 'open' | 'closed';
  closedAt: string | null;
  closeReason: string | null;
}

/** A comment on a task (reassign reasons are comments too). */
export interface TaskComment {
  body: string;
  at?: string;
  by: string;
}

/** The publicity objection a review task is about; the mobile is masked unless the reader handles the task. */
export interface TaskObjection {
  id: number;
  noticeId: number;
  reason: string;
  status: string;
  lodgedAt: string;
  contact: { name: string; mobile: string };
}

/** A task with the form its decision fills in: what the task page and the task's own routes answer. The inbox's list
 * leaves the form out (only the task page reads it, and a page of 50 would carry 50 of them). */
export interface DecidableTask extends Task {
  completionSchema: RJSFSchema;
  /** Fields of the completion form each action needs (a resolution to resolve, a reason to return). */
  requiredByAction?: Partial<Record<TaskAction, string[]>>;
  /** The words this step gives its actions in the reader's language where the usual ones would be untrue (an
   * inspection's 上报 is 核查通过，报送下一级核查); actions not named keep the usual words. */
  actionLabels?: Partial<Record<TaskAction, string>>;
}

/** GET /api/tasks/:id. */
export interface TaskDetail {
  task: DecidableTask;
  comments: TaskComment[];
  objection?: TaskObjection | null;
  items?: TaskItem[];
  /** The reader filed the submission this review or approval is about: they may read it, not claim, decide or hand it on. */
  ownFiling?: boolean;
}

/** A named inbox filter of the signed-in user; `query` holds the filter as query parameters. */
export interface SavedFilter {
  id: number;
  name: string;
  query: Record<string, string>;
}

/** One task of the same workflow, as the process timeline shows it. */
export interface TimelineTask {
  id: string;
  step: string;
  title: LocalizedText;
  status: TaskStatus;
  assigneeName: string | null;
  candidateRole: string | null;
  /** The working group the task was offered to (with its role), or null. */
  candidateGroupId: number | null;
  /** That working group or inspection body by name and kind, which the step's opening line names; null without one. */
  candidateGroup: OfferedGroup | null;
  createdAt: string;
  dueAt: string;
  closedAt: string | null;
  decidedByName: string | null;
  /** The decision's action, `breached` when the SLA ran out, null while open. */
  outcome: TaskAction | 'breached' | null;
  comment: string | null;
  /** The decision's completion data (e.g. `note`). */
  data: Record<string, unknown>;
}

/** A submission event: `status.<status>` changes recorded by the workflow, or `email`. */
export interface TimelineEvent {
  at: string;
  kind: string;
  detail: Record<string, unknown>;
}

/** The submission a task came from. */
export interface TaskOrigin {
  id: string;
  caseNumber: string | null;
  formKey: string;
  formTitle: LocalizedText;
  status: string;
  /** Where it stands in its process's words (a gate check: 放行 / 劝返 / 隔离观察), not the ladder's statuses. */
  statusText?: string;
  /** The statuses its process words its own way (a readiness inspection's rejected: 不予通过), for its timeline. */
  statusWords?: Record<string, string>;
  data: Record<string, unknown>;
  createdAt: string;
  /** Who filed it when not the enterprise itself (a cadre's nomination, a call taken on the hotline); null otherwise. */
  filedBy: { name: string; role: Role } | null;
  /** The form's schema of the submission's version in the reader's language. */
  schema?: RJSFSchema | null;
  /** Its uiSchema: the answers come in the order the form showed them (`ui:order`). */
  uiSchema?: UiSchema | null;
  /** Names of the uploaded files the data refers to, by reference. */
  files?: Record<string, { fileName: string }>;
}

/** GET /api/tasks/:id/timeline. */
export interface TaskTimeline {
  submission: TaskOrigin | null;
  tasks: TimelineTask[];
  events: TimelineEvent[];
}

/** Someone a task may be reassigned to. */
export interface ReassignCandidate {
  id: number;
  displayName: string;
  role: string;
  workingGroup: LocalizedText | null;
}
