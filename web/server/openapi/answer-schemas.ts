// What the main routes answer when they succeed, as JSON Schema: the records a client integrating with Fugong reads —
// the session, forms, submissions, tasks. Each route names its answer in its contract (`answers`); the API description
// shows it, and a test (test/api/openapi-answers.test.ts) checks real answers against it, so the two cannot drift.
// The schemas list what a client may rely on (required, typed); an answer may carry more.
import type { RJSFSchema } from '@rjsf/utils';
import { TASK_ACTIONS, TASK_STATUSES } from '#core/domain/human-task';
import { ROLES } from '#core/org/org-types';
import { ORG_UNIT_KINDS } from '#core/org/inspection-bodies';

const STRING: RJSFSchema = { type: 'string' };
const INSTANT: RJSFSchema = { type: 'string', format: 'date-time' };
const ID: RJSFSchema = { type: 'integer', minimum: 1 };
const nullable = (schema: RJSFSchema): RJSFSchema => ({ anyOf: [schema, { type: 'null' }] });

/** A text in both languages the app speaks. */
const LOCALIZED: RJSFSchema = {
  type: 'object',
  required: ['zh-CN', 'en'],
  properties: { 'zh-CN': STRING, en: STRING },
  description: 'The same text in Chinese and English',
};

/** A list's paging, as every paged list answers it. */
const PAGE: RJSFSchema = {
  type: 'object',
  required: ['limit', 'offset', 'total'],
  properties: { limit: { type: 'integer', minimum: 1 }, offset: { type: 'integer', minimum: 0 }, total: { type: 'integer', minimum: 0 } },
};

const USER: RJSFSchema = {
  type: 'object',
  required: [
    'id',
    'username',
    'displayName',
    'role',
    'enterpriseId',
    'workingGroupId',
    'projectId',
    'mustChangePassword',
    'passwordChangeReason',
  ],
  properties: {
    id: ID,
    username: STRING,
    displayName: STRING,
    role: { type: 'string', enum: [...ROLES] },
    email: nullable(STRING),
    enterpriseId: nullable(ID),
    enterpriseName: nullable(STRING),
    workingGroupId: nullable(ID),
    projectId: nullable(ID),
    mustChangePassword: { type: 'boolean', description: 'Every other route answers 403 until the password is changed' },
    passwordChangeReason: {
      anyOf: [{ type: 'string', enum: ['set_by_admin', 'weak_password'] }, { type: 'null' }],
      description:
        'Why the password must be changed: an administrator set it, or it no longer meets the password rules (found at sign-in); null when it need not be',
    },
    inspectionBody: {
      type: 'boolean',
      description: "A working-group member whose group is an inspection body: the service groups' pages (the hotline) are not theirs",
    },
  },
};

/** The session: who is signed in (null for nobody), the CSRF token to echo, the zone local dates are read in. */
export const SESSION_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['user', 'csrfToken', 'timeZone'],
  properties: {
    user: nullable(USER),
    csrfToken: { type: 'string', minLength: 16, description: 'Send it back in the CSRF header with every change' },
    timeZone: { type: 'string', description: 'IANA zone of local dates and deadlines, e.g. Asia/Shanghai' },
    demoData: {
      type: 'boolean',
      description: 'GET only: the seeded demo accounts are there (their logins are in the startup output); never true in production',
    },
  },
};

const FORM_SUMMARY: RJSFSchema = {
  type: 'object',
  required: ['key', 'version', 'title', 'guidance', 'processType'],
  properties: {
    key: STRING,
    version: { type: 'integer', minimum: 1 },
    title: LOCALIZED,
    guidance: {
      ...nullable(LOCALIZED),
      description: 'What the filler reads about the form: what to fill, by when, what happens next (null when the form has no such text)',
    },
    description: {
      ...LOCALIZED,
      description: 'Administrators only: the text written for them about the process (who handles it, escalations, follow-up tasks)',
    },
    processType: { type: 'string', description: 'The kind of process a submission starts (ladder, approval, collection, …)' },
  },
};

export const FORM_LIST_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['forms', 'page'],
  properties: { forms: { type: 'array', items: FORM_SUMMARY }, page: PAGE },
};

export const FORM_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['form'],
  properties: {
    form: {
      ...FORM_SUMMARY,
      required: [...(FORM_SUMMARY.required as string[]), 'schema', 'uiSchema', 'schemaEn', 'uiSchemaEn'],
      properties: {
        ...FORM_SUMMARY.properties,
        schema: { type: 'object', description: 'The JSON Schema a submission’s `data` must satisfy, titled in Chinese' },
        uiSchema: { type: 'object', description: 'How the app lays the form out (rjsf uiSchema)' },
        schemaEn: { type: 'object', description: 'The same schema titled in English' },
        uiSchemaEn: { type: 'object' },
      },
    },
  },
};

const SUBMISSION: RJSFSchema = {
  type: 'object',
  required: ['id', 'caseNumber', 'formKey', 'formVersion', 'formTitle', 'enterpriseId', 'status', 'data', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string', format: 'uuid', description: 'The submissionId the client chose' },
    caseNumber: { ...nullable(STRING), description: 'The number people quote (KN-20261205-0001)' },
    formKey: STRING,
    formVersion: { type: 'integer', minimum: 1 },
    formTitle: LOCALIZED,
    enterpriseId: nullable(ID),
    enterpriseName: nullable(STRING),
    status: { type: 'string', description: 'Where the case stands: submitted, received, in_progress, settled, rejected, …' },
    data: { type: 'object', description: 'The answers, personal data masked as the reader’s role may see it' },
    summary: {
      ...nullable(STRING),
      description: 'What the case is about in one line (a difficulty’s description, a gate check’s worker); null: the form title says it',
    },
    statusText: { type: 'string', description: 'Where the case stands in its process’s words (a gate check: 放行 / 劝返 / 隔离观察)' },
    createdAt: INSTANT,
    updatedAt: INSTANT,
  },
};

/** A submission, when accepted and when the same submissionId comes again. */
export const SUBMISSION_ANSWER: RJSFSchema = { type: 'object', required: ['submission'], properties: { submission: SUBMISSION } };

export const SUBMISSION_LIST_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['submissions', 'page'],
  properties: { submissions: { type: 'array', items: SUBMISSION }, page: PAGE },
};

export const SUBMISSION_DETAIL_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['submission'],
  properties: {
    submission: {
      ...SUBMISSION,
      required: [...(SUBMISSION.required as string[]), 'timeline', 'emails'],
      properties: {
        ...SUBMISSION.properties,
        timeline: {
          type: 'array',
          items: { type: 'object', required: ['at', 'kind'], properties: { at: INSTANT, kind: STRING, detail: { type: 'object' } } },
        },
        emails: { type: 'array', items: { type: 'object', required: ['id', 'channel', 'status'] } },
        workflowStatus: { ...nullable(STRING), description: 'RUNNING, COMPLETED, …; null when Temporal cannot say right now' },
        data: {
          type: 'object',
          description: 'The answers as the case page shows them: personal data masked, a signed text’s SHA-256 fingerprint in words',
        },
      },
    },
  },
};

const TASK: RJSFSchema = {
  type: 'object',
  required: [
    'id',
    'submissionId',
    'caseNumber',
    'step',
    'title',
    'status',
    'allowedActions',
    'priority',
    'dueAt',
    'createdAt',
    'candidateGroup',
  ],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9_-]+$', description: 'Use it as it is in every task route' },
    submissionId: nullable(STRING),
    caseNumber: nullable(STRING),
    summary: { ...nullable(STRING), description: 'What the case is about, as its line in a list says it (personal data masked)' },
    caseStatusText: {
      ...nullable(STRING),
      description: 'Where the case stands in its process’s words (a gate check: 放行 / 劝返 / 隔离观察); null for a ladder’s task',
    },
    caseStatusWords: {
      type: 'object',
      additionalProperties: STRING,
      description:
        'The statuses the case’s process words its own way, by status (an inspection’s rejected: 不予通过); {} when the usual words serve',
    },
    enterpriseId: nullable(ID),
    enterpriseName: nullable(STRING),
    processType: STRING,
    step: STRING,
    title: LOCALIZED,
    assigneeUserId: nullable(ID),
    assigneeName: nullable(STRING),
    candidateRole: nullable({ type: 'string', enum: [...ROLES] }),
    candidateGroupId: nullable(ID),
    candidateGroup: {
      ...nullable({
        type: 'object',
        required: ['name', 'kind'],
        properties: { name: LOCALIZED, kind: { type: 'string', enum: [...ORG_UNIT_KINDS] } },
      }),
      description:
        'The working group (kind service) or inspection body (kind inspection) the task was offered to, for naming who holds it; null when offered to none',
    },
    priority: { type: 'integer', minimum: 0, maximum: 3, description: '0 普通 normal, 1 优先 raised, 2 紧急 urgent, 3 特急 most urgent' },
    dueAt: nullable(INSTANT),
    createdAt: INSTANT,
    claimedBy: nullable(ID),
    status: { type: 'string', enum: [...TASK_STATUSES] },
    allowedActions: { type: 'array', items: { type: 'string', enum: [...TASK_ACTIONS] } },
    outcome: {
      ...nullable({ type: 'object', required: ['kind'], properties: { kind: { type: 'string', description: 'decided or breached' } } }),
      description: 'How the task ended: `{ kind: decided, action, data, … }` or `{ kind: breached, at }`; null while it is open',
    },
    decidedBy: nullable(ID),
    decidedByName: nullable(STRING),
    closedAt: nullable(INSTANT),
    overdueSince: nullable(INSTANT),
  },
};

export const TASK_LIST_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['tasks', 'page'],
  properties: { tasks: { type: 'array', items: TASK }, page: PAGE },
};

/** One task with what deciding it needs: the completion form and the fields each action requires. */
export const TASK_DETAIL_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['task', 'ownFiling'],
  properties: {
    ownFiling: {
      type: 'boolean',
      description: 'The caller filed the submission this review is about: they may read it, not claim, decide or reassign it',
    },
    task: {
      ...TASK,
      required: [...(TASK.required as string[]), 'completionSchema', 'requiredByAction'],
      properties: {
        ...TASK.properties,
        completionSchema: { type: 'object', description: 'The JSON Schema of `data` in POST /api/tasks/{id}/decide' },
        requiredByAction: {
          type: 'object',
          additionalProperties: { type: 'array', items: STRING },
          description: 'The fields of `data` each action needs',
        },
        actionLabels: {
          type: 'object',
          additionalProperties: STRING,
          description: "The words this step gives its actions in the reader's language, when they differ from the usual ones",
        },
      },
    },
  },
};

/** A task after a claim, a release or a reassignment: its row as it now stands. */
export const TASK_ANSWER: RJSFSchema = { type: 'object', required: ['task'], properties: { task: TASK } };

/** A decision the process took: the task as the caller left it (the process moves the case on from there). */
export const DECIDED_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['accepted', 'task'],
  properties: { accepted: { const: true }, task: TASK },
};

/** A worker a gate officer looks up: who, and where they stand at this site (quarantined, cleared, …). */
export const GATE_WORKER_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['worker', 'standing'],
  properties: {
    worker: {
      type: 'object',
      required: ['id', 'name', 'mobile', 'mobileMasked'],
      properties: { id: ID, name: STRING, mobile: nullable(STRING), mobileMasked: { type: 'boolean' } },
    },
    standing: nullable({
      type: 'object',
      required: ['status', 'zone', 'since'],
      properties: {
        status: { type: 'string', description: 'admitted, quarantined, released, …' },
        zone: nullable(STRING),
        since: INSTANT,
        quarantineEndsAt: { ...nullable(INSTANT), description: 'Until when the worker is in quarantine at this site' },
      },
    }),
  },
};

const HEALTH_REASON = {
  type: 'string',
  description: 'Present when ok is false: what kind of failure, which setting or process, what to do (no host, user or error text)',
} as const;

export const HEALTH_ANSWER: RJSFSchema = {
  type: 'object',
  required: ['status', 'summary', 'failing', 'db', 'temporal', 'workers'],
  properties: {
    status: { type: 'string', enum: ['ok', 'degraded'], description: 'degraded: a dependency is down or no worker polls' },
    summary: { type: 'string', description: "Which part is missing (or that all is up), in the caller's language" },
    failing: {
      type: 'array',
      items: { type: 'string', enum: ['db', 'temporal', 'workers'] },
      description: 'The checks that are not ok (empty when status is ok); each carries a reason',
    },
    db: {
      type: 'object',
      required: ['ok', 'state'],
      properties: { ok: { type: 'boolean' }, state: { type: 'string', enum: ['up', 'down'] }, reason: HEALTH_REASON },
    },
    temporal: {
      type: 'object',
      required: ['ok', 'state'],
      properties: { ok: { type: 'boolean' }, state: { type: 'string', enum: ['up', 'down'] }, reason: HEALTH_REASON },
    },
    workers: {
      type: 'object',
      required: ['ok', 'state', 'count'],
      properties: {
        ok: { type: 'boolean' },
        state: { type: 'string', enum: ['up', 'down'] },
        count: {
          ...nullable({ type: 'integer' }),
          description: 'Worker processes polling the task queue; null when Temporal does not say',
        },
        reason: HEALTH_REASON,
      },
    },
  },
};
