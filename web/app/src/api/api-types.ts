// The JSON shapes the Express API sends (web/server); plain records, ISO time strings.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { LocalizedText } from '#core/domain/locale';
import type { Role } from '#core/org/org-types';

/** The signed-in user; the scope fields say which enterprise, working group or project site the role covers. */
export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  email?: string | null;
  enterpriseId: number | null;
  enterpriseName: string | null;
  workingGroupId?: number | null;
  projectId?: number | null;
  /** An administrator set the password, or it no longer meets the password rules: the app shows only the
   * change-password page until it is changed. */
  mustChangePassword?: boolean;
  /** Why it must be changed (null when it need not): the change-password page says it. */
  passwordChangeReason?: 'set_by_admin' | 'weak_password' | null;
  /** A working-group member whose group is an inspection body: the service groups' hotline is not theirs. */
  inspectionBody?: boolean;
}

/** GET/POST /api/session. */
export interface SessionAnswer {
  user: User | null;
  csrfToken: string;
  /** The server's IANA zone: local dates and times are read in it, not in the device's. */
  timeZone?: string;
  /** GET /api/session: the seeded demo accounts are there (never in production), so the login page may point to them. */
  demoData?: boolean;
}

/** A form the user may submit, as listed. */
export interface FormSummary {
  key: string;
  version: number;
  title: LocalizedText;
  /** What the filler reads about the form: what to fill, by when, what happens next; null when the form has none. */
  guidance: LocalizedText | null;
  /** Administrators only: the text written for them about the process (who handles it, escalations). */
  description?: LocalizedText;
  processType: string;
}

/** A form with what rjsf needs to render it. */
export interface FormDetail extends FormSummary {
  schema: RJSFSchema;
  uiSchema: UiSchema;
  schemaEn?: RJSFSchema;
  uiSchemaEn?: UiSchema;
}

/** A half-filled form saved for later, with the submission id it will keep. */
export interface FormDraft {
  submissionId: string;
  data: Record<string, unknown>;
  updatedAt: string;
}

/** Where a submission stands. */
export type SubmissionStatus = 'submitted' | 'received' | 'returned' | 'resolved' | 'settled' | 'rejected' | 'expired' | 'failed';

/** A message recorded for a submission: an email, a text message or a group-chat post. */
export interface SubmissionEmail {
  id: number;
  /** `email`, `sms`, `wecom-robot`, `dingtalk-robot`. */
  channel?: string;
  /** The recipient without a channel prefix (a text's number masked, a group by its name); null when it went to staff
   * and the reader is outside the staff. */
  to: string | null;
  subject: string | null;
  /** What it was for: the template it came from (`submission-received`); null when it went to staff. */
  purpose?: string | null;
  /** The language `subject` is written in (its recipient's, or the reader's when masked). */
  subjectLocale?: string | null;
  /** `staff`: the reader may only know staff were notified. */
  recipient?: 'staff';
  status: string;
  createdAt: string;
}

/** A submitted form and its process. */
export interface Submission {
  id: string;
  /** `KN-20261204-0007`: what people call the case; null only for rows made outside the API. */
  caseNumber: string | null;
  formKey: string;
  formVersion: number;
  formTitle: LocalizedText;
  enterpriseName: string | null;
  status: SubmissionStatus;
  /** Where the case stands in its process's words (a gate check: 放行 / 劝返 / 隔离观察); the `status.*` word when absent. */
  statusText?: string;
  /** What the case is about in one line (a difficulty's description, a gate check's worker); null: the form title. */
  summary?: string | null;
  data: Record<string, unknown>;
  result: Record<string, unknown> | null;
  workflowId: string;
  createdAt: string;
  updatedAt: string;
  emails?: SubmissionEmail[];
  /** What happened, oldest first (the single-submission answer only). */
  timeline?: TimelineEvent[];
  /** The live status of the submission's workflow in Temporal (RUNNING, COMPLETED, …); null when Temporal cannot say. */
  workflowStatus?: string | null;
  /** The schema of the submission's form version in the reader's language (single-submission answer only). */
  schema?: RJSFSchema | null;
  /** The uiSchema of that version: the order the form shows its fields in (single-submission answer only). */
  uiSchema?: UiSchema | null;
  /** The decision form of its process, for the result's details. */
  completionSchema?: RJSFSchema | null;
  /** The result in one sentence ("已办结：现场解决，办理人 王建国，2026年12月4日"). */
  resultText?: string | null;
  /** Names of the uploaded files the data refers to, by reference. */
  files?: Record<string, { fileName: string }>;
  /** The titles of the process's rungs in the reader's language, by name. */
  stageTitles?: Record<string, string>;
  /** The statuses its process words its own way (a readiness inspection's rejected: 不予通过), by status. */
  statusWords?: Record<string, string>;
}

/** One entry of a submission's timeline: a status change recorded by the workflow, a message sent (`email`, `sms`,
 * `robot`), or a task step. */
export interface TimelineEvent {
  at: string;
  kind: string;
  detail: Record<string, unknown>;
}

/** A message in the outbox, on any channel (admins only). */
export interface OutboxMessage {
  id: number;
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** `as-sent`; `masked`: a text about someone's record, its recipient's name masked; `hidden`: withheld, the text says
   * why (web/server/outbox/shown-content.ts). */
  content: 'as-sent' | 'masked' | 'hidden';
  status: string;
  createdAt: string;
  sentAt: string | null;
  /** `email`, `wecom-robot`, `dingtalk-robot` or `sms` (its mobile masked in `to`). */
  channel: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  /** "Retry now" applies: a group-robot message or text that is dead or waiting, or an email that failed or waits
   * after failed attempts, on a channel whose provider is configured. */
  retryable: boolean;
  /** Why a message due a retry cannot be resent: its channel's provider is not configured (what to configure, in the
   * reader's language); null otherwise. */
  unsendableReason: string | null;
  /** The group robot's name as registered now; null for other channels and for a robot no longer registered. */
  robotName: string | null;
}

/** GET /healthz. */
export interface Health {
  status: 'ok' | 'degraded';
  /** Which part is missing, or that all is up, in the reader's language (absent from an older server). */
  summary?: string;
  /** The checks that are not ok (absent from an older server); each then carries a `reason` for the IT team. */
  failing?: ('db' | 'temporal' | 'workers')[];
  db: { ok: boolean; state: 'up' | 'down'; reason?: string };
  temporal: { ok: boolean; state: 'up' | 'down'; reason?: string };
  /** Workers polling the task queue (count null when Temporal does not say). */
  workers?: { ok: boolean; state: 'up' | 'down'; count: number | null; reason?: string };
}

export type { ErrorDetail } from '#core/api/error-types';
