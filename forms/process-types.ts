// Registry of process types: each names the workflow that runs it (none for a record) and the JSON Schema of its params.
import type { RJSFSchema } from '@rjsf/utils';
import { BULLETIN_READER_ROLES, DEFAULT_BULLETIN_READERS } from '#core/domain/collection-plan';
import { TASK_ACTIONS } from '#core/domain/human-task';
import { DURATION_PATTERN, OFFSET_PATTERN, SLA_PATTERN } from '#core/domain/duration';
import { ENTERPRISE_TYPES, ROLES, WORKING_GROUPS } from '#core/org/org-types';
import { RULES_SCHEMA } from './rules/rules-schema';
import { FIGURE_NAMES } from '#core/dashboard/report-numbers';
import { GATE_CHANNELS, GATE_STEPS } from '#core/domain/gate-rules';

/** A registered process type. */
export interface ProcessType {
  /** Workflow function name exported from workflows/index.ts; absent for a record, which starts no process. */
  workflowType?: string;
  /** JSON Schema the definition's `params` must satisfy. */
  paramsSchema: RJSFSchema;
}

// Every duration, offset and SLA pattern comes from core/domain/duration, whose parsers the runtime uses.
const DURATION = { type: 'string', pattern: DURATION_PATTERN } as const;
const TEMPLATE = { type: 'string', pattern: '^[a-z0-9-]+$' } as const;
// Keys of registered group robots (WeCom or DingTalk) a message also goes to; checked against the registry at publish.
const ROBOT_KEYS = { type: 'array', uniqueItems: true, maxItems: 10, items: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' } } as const;

const LOCALIZED: RJSFSchema = {
  type: 'object',
  required: ['zh-CN', 'en'],
  properties: { 'zh-CN': { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
};

// The form a ladder's decisions fill, and which of its fields each action needs.
const COMPLETION: RJSFSchema = {
  type: 'object',
  required: ['schema'],
  properties: {
    schema: { type: 'object', required: ['type'], properties: { type: { const: 'object' } } },
    requiredByAction: {
      type: 'object',
      propertyNames: { enum: [...TASK_ACTIONS] },
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
    // English titles of the completion fields by JSON pointer, as a definition's own `i18n` (the schema is Chinese).
    i18n: {
      type: 'object',
      properties: { en: { type: 'object', additionalProperties: { type: 'string', minLength: 1, maxLength: 200 } } },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

// Who hears when a rung that stays open runs out of time (HQ's leadership: users by id, or everyone in a role), how
// often again until someone decides, and with which template. Absent: every `hq` user, daily, `case-overdue-alert`.
const OVERDUE: RJSFSchema = {
  type: 'object',
  properties: {
    alert: {
      type: 'object',
      properties: {
        role: { type: 'string', enum: [...ROLES] },
        // Narrows the role to one organisation unit (a working group or an inspection body).
        workingGroupKey: { type: 'string', minLength: 1 },
        userIds: { type: 'array', minItems: 1, maxItems: 50, uniqueItems: true, items: { type: 'integer', minimum: 1 } },
      },
      additionalProperties: false,
    },
    every: DURATION,
    template: TEMPLATE,
  },
  additionalProperties: false,
};

const STAGE: RJSFSchema = {
  type: 'object',
  required: ['name', 'title', 'actor', 'sla', 'actions', 'onBreach'],
  properties: {
    name: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,30}$' },
    title: LOCALIZED,
    actor: {
      oneOf: [
        { type: 'string', enum: ['cadre-of-enterprise', 'group-of-category'] },
        {
          type: 'object',
          required: ['role'],
          properties: { role: { type: 'string', enum: [...ROLES] }, workingGroupKey: { type: 'string' } },
          additionalProperties: false,
        },
        // An inspection body (P2): the members of that organisation unit act, and its approval clears the project.
        { type: 'object', required: ['body'], properties: { body: { type: 'string', minLength: 1 } }, additionalProperties: false },
      ],
    },
    // A duration, "end-of-day" (local 24:00) or "N working days" over the admin-edited calendar.
    sla: { type: 'string', pattern: SLA_PATTERN },
    actions: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: [...TASK_ACTIONS] } },
    // What an action is called at this rung when the generic word would be untrue (an inspection's 上报 is a pass).
    // One optional block per action, so the editor names each action (an open-keyed map showed its keys raw).
    actionLabels: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(TASK_ACTIONS.map((action) => [action, LOCALIZED])),
    },
    // stay-open: the case stays at this rung past its SLA, flagged overdue, and the ladder's `overdue` alert repeats.
    onBreach: { type: 'string', enum: ['escalate', 'expire', 'stay-open'] },
    priority: { type: 'integer', minimum: 0, maximum: 2 },
    // This rung's own supervisor list when it stays open past its SLA (else the ladder's `overdue`).
    overdue: OVERDUE,
    // Group robots told in markdown when this rung's SLA runs out and when a case is referred up to it (HQ's group).
    robots: ROBOT_KEYS,
    // P2 (seed 003 "达到要求才能复工"): a pass at this rung clears the enterprise's projects to resume; the rungs above it
    // inspect an enterprise already back at work.
    clearsToResume: { type: 'boolean' },
  },
  additionalProperties: false,
};

// P6: the window on the public bulletin after final approval (an objection is reviewed by the rung it names, and
// returns the case there when upheld), and what happens once it closed without one. Read by workflows/publicity-stage.ts and workflows/ladder-effects.ts.
const PUBLICITY: RJSFSchema = {
  type: 'object',
  required: ['workingDays', 'onObjection', 'noticeTemplate'],
  properties: {
    workingDays: { type: 'integer', minimum: 1, maximum: 30 },
    onObjection: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,30}$' },
    noticeTemplate: TEMPLATE,
  },
  additionalProperties: false,
};
const EFFECTS: RJSFSchema = {
  type: 'object',
  properties: {
    credit: {
      type: 'object',
      required: ['points', 'reason'],
      properties: {
        points: { type: 'integer', minimum: -100, maximum: 100, not: { const: 0 } },
        reason: { type: 'string', minLength: 1, maxLength: 200 },
      },
      additionalProperties: false,
    },
    noticeTemplate: TEMPLATE,
    noticeKind: { type: 'string', enum: ['commendation', 'article'] },
    emailTemplate: TEMPLATE,
    // P2: final approval clears the enterprise's projects to resume, with the date and the approving body.
    clearToResume: { type: 'boolean' },
  },
  additionalProperties: false,
};

// P2: how long the enterprise has to answer a return for rework, reminders before (offsets), and the template that
// alerts the rung's body once it is past (the case then goes back to that rung, flagged).
const REWORK: RJSFSchema = {
  type: 'object',
  required: ['within'],
  properties: {
    within: { type: 'string', pattern: SLA_PATTERN },
    reminders: { type: 'array', maxItems: 5, items: { type: 'string', pattern: DURATION_PATTERN } },
    alertTemplate: TEMPLATE,
  },
  additionalProperties: false,
};

const FIELD_NAME = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,40}$' } as const;
const LOCAL_TIME = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' } as const;
// "0 minutes" is allowed here (at the deadline), unlike an SLA.
const OFFSET = { type: 'string', pattern: OFFSET_PATTERN } as const;

// P1 and P3: who must submit, by when, how they are reminded, who hears about those who have not, and the bulletin.
const COLLECTION_PARAMS: RJSFSchema = {
  type: 'object',
  required: ['target', 'recurrence'],
  properties: {
    target: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { type: 'string', enum: ['all', 'type', 'focus', 'list'] },
        types: { type: 'array', uniqueItems: true, items: { type: 'string', enum: [...ENTERPRISE_TYPES] } },
        // Each id is a bound parameter of the queries that read the list (a round's opening, every enterprise's to-do):
        // past SQLite's 32,766 or PostgreSQL's 65,535 they fail. The largest real list is every enterprise of a city —
        // hundreds in the seeds (57 resumed in one city, 003), 10,000 in the city-wide benchmarks — so at most 10,000.
        enterpriseIds: { type: 'array', maxItems: 10_000, uniqueItems: true, items: { type: 'integer', minimum: 1 } },
      },
      additionalProperties: false,
    },
    // daily: a Temporal Schedule opens a round at `opensAt` every day; once: an admin opens a campaign with its deadline.
    recurrence: { type: 'string', enum: ['once', 'daily'] },
    opensAt: LOCAL_TIME,
    deadline: LOCAL_TIME,
    skipNonWorkingDays: { type: 'boolean' },
    // A local time on the deadline's day ("15:00") or how long before the deadline ("2 days").
    reminders: { type: 'array', maxItems: 5, items: { anyOf: [LOCAL_TIME, OFFSET] } },
    // After the deadline: how long after ("0 minutes") or the next such local time ("09:00": the next morning).
    escalation: {
      type: 'array',
      maxItems: 5,
      items: {
        type: 'object',
        required: ['after', 'to'],
        properties: {
          after: { anyOf: [OFFSET, LOCAL_TIME] },
          to: { type: 'string', enum: ['enterprise', 'cadre', 'working-group', 'hq'] },
          workingGroupKey: { type: 'string', enum: WORKING_GROUPS.map((group) => group.key) },
          // The escalation is also a follow-up task with this SLA (to cadre: one per enterprise; to a group or HQ: one list).
          task: {
            type: 'object',
            required: ['sla'],
            properties: {
              sla: { type: 'string', pattern: SLA_PATTERN },
              priority: { type: 'integer', minimum: 0, maximum: 2 },
              // Cadres' follow-ups past their SLA: who is alerted (default: the comprehensive-coordination group).
              breachAlert: {
                type: 'object',
                required: ['to'],
                properties: {
                  to: { type: 'string', enum: ['working-group', 'hq'] },
                  workingGroupKey: { type: 'string', enum: WORKING_GROUPS.map((group) => group.key) },
                },
                additionalProperties: false,
              },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    },
    bulletin: {
      type: 'object',
      required: ['after', 'to'],
      properties: {
        after: { anyOf: [OFFSET, LOCAL_TIME] },
        to: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: ['admin', 'hq', 'cadre', 'special_class'] } },
        robots: ROBOT_KEYS,
      },
      additionalProperties: false,
    },
    // Who may read the stored bulletins in the app besides those emailed; an enterprise named here sees its own notes only.
    bulletinReaders: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', enum: [...BULLETIN_READER_ROLES] },
      default: [...DEFAULT_BULLETIN_READERS],
    },
    // P1: the report's fields that name the enterprise's liaison; each report then updates the enterprise's record.
    liaisonFields: {
      type: 'object',
      required: ['name'],
      properties: { name: FIELD_NAME, mobile: FIELD_NAME, email: FIELD_NAME },
      additionalProperties: false,
    },
    // Which field of the form holds each dashboard figure (issue 18); absent ones read the field of the same name.
    figures: {
      type: 'object',
      propertyNames: { enum: FIGURE_NAMES },
      additionalProperties: FIELD_NAME,
    },
    receiptTemplate: TEMPLATE,
    reminderTemplate: TEMPLATE,
    overdueTemplate: TEMPLATE,
    bulletinTemplate: TEMPLATE,
    // An overdue step to the enterprise also texts the liaison's mobile (through the notice: preferences, quiet hours).
    overdueSms: { type: 'boolean', default: false },
  },
  // A daily round needs its time of day; a campaign's deadline comes from the admin who opens it.
  if: { properties: { recurrence: { const: 'daily' } } },
  then: { required: ['deadline'] },
  additionalProperties: false,
};

// Issue 23: how long an item made offline with a field page's definition (gate check, health watch, visit log) may wait
// on the phone before the page warns that it should be synced; 72 hours when not set.
const OFFLINE_QUEUE_LIMIT_HOURS: RJSFSchema = { type: 'integer', minimum: 1, maximum: 720 };

// P5: the gate's entry rules, then N days of check-ins at set local times, rules on each reading, when a check-in
// counts as missed, and the texts the workflow sends. Read by workflows/monitoring-workflow.ts.
const VALUE_RULE = (outcomes: string[]): RJSFSchema => ({
  type: 'object',
  required: ['field', 'op', 'value', 'then'],
  properties: {
    field: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,40}$' },
    op: { type: 'string', enum: ['>=', '>', '<=', '<', '==', '!='] },
    value: { type: ['number', 'string', 'boolean'] },
    then: { type: 'string', enum: outcomes },
  },
  additionalProperties: false,
});
// What a monitoring definition other than the gate check follows, and the values each check-in records.
const MONITORED_SUBJECT: RJSFSchema = {
  type: 'object',
  required: ['kind', 'title', 'nameField'],
  properties: {
    kind: { type: 'string', enum: ['worker', 'site', 'vehicle', 'other'] },
    /** What one subject is called ("返岗人员" / "Returning worker"). */
    title: LOCALIZED,
    /** The form field that names each subject on the register and in alerts. */
    nameField: FIELD_NAME,
  },
  additionalProperties: false,
};
const READING: RJSFSchema = {
  type: 'object',
  required: ['key', 'title', 'minimum', 'maximum'],
  properties: {
    key: FIELD_NAME,
    title: LOCALIZED,
    unit: { type: 'string', maxLength: 10 },
    /** Outside [minimum, maximum] a value is a typo, refused before it reaches the record. */
    minimum: { type: 'number' },
    maximum: { type: 'number' },
  },
  additionalProperties: false,
};
// 004 "人客货车3个通道…3个扫码": each lane of the gate, the code scanned there (分类扫码), the steps its entrants go
// through (the supply-truck lane: 测温、消毒、登记、扫码) and whether a vehicle is registered with them.
const GATE_LANE: RJSFSchema = {
  type: 'object',
  required: ['channel', 'title', 'scan', 'steps'],
  properties: {
    channel: { type: 'string', enum: [...GATE_CHANNELS] },
    title: LOCALIZED,
    scan: {
      type: 'object',
      required: ['key', 'title'],
      properties: { key: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,40}$' }, title: LOCALIZED },
      additionalProperties: false,
    },
    steps: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: [...GATE_STEPS] } },
    vehicle: { type: 'boolean' },
  },
  additionalProperties: false,
};
const MONITORING_PARAMS: RJSFSchema = {
  type: 'object',
  required: ['days', 'checkInTimes', 'rules'],
  properties: {
    days: { type: 'integer', minimum: 1, maximum: 60 },
    checkInTimes: { type: 'array', minItems: 1, maxItems: 6, uniqueItems: true, items: LOCAL_TIME },
    /** How long before its time a check-in may be recorded, and how long after it counts as missed. */
    opensBefore: DURATION,
    missedAfter: DURATION,
    /** Rules on each check-in's reading: alert the gate officer and cadre, or also refer the worker to HQ. */
    rules: { type: 'array', maxItems: 10, items: VALUE_RULE(['alert', 'refer-hq']) },
    /** Rules at the gate: turn back (wins) or quarantine; otherwise the worker is admitted. */
    entryRules: { type: 'array', minItems: 1, maxItems: 10, items: VALUE_RULE(['quarantine', 'turn-back']) },
    /** The health commitment the worker signs; its SHA-256 is stored with the signature. */
    commitment: LOCALIZED,
    /** The notice (告知书) each entrant receives, the second of the two commitments; its SHA-256 is kept with the check. */
    notice: LOCALIZED,
    /** The gate's lanes, one per channel (3 lanes, 3 scans). */
    lanes: { type: 'array', minItems: 1, maxItems: 3, items: GATE_LANE },
    /** How long HQ has to take a referral (duration, end-of-day or working days). */
    referralSla: { type: 'string', pattern: SLA_PATTERN },
    alertTemplate: TEMPLATE,
    releaseTemplate: TEMPLATE,
    /** Beyond email: the group robots told of a quarantine's start (and of a fever turned back at the gate) and of a
     * missed check-in, and the worker's texts. */
    quarantineAlerts: {
      type: 'object',
      properties: {
        started: { type: 'object', required: ['robots'], properties: { robots: ROBOT_KEYS }, additionalProperties: false },
        missed: { type: 'object', required: ['robots'], properties: { robots: ROBOT_KEYS }, additionalProperties: false },
        workerSms: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    /** Any other monitoring definition: what it follows, the values each check-in records, who hears its alerts. */
    subject: MONITORED_SUBJECT,
    readings: { type: 'array', minItems: 1, maxItems: 6, items: READING },
    /** from-start: days × 24 hours from the start; calendar: until local 24:00 of day `days` (the start is day 1). */
    countDays: { type: 'string', enum: ['from-start', 'calendar'] },
    alertTo: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: ['submitter', 'cadre-of-enterprise', 'enterprise', 'hq', 'admin'] },
    },
    endTemplate: TEMPLATE,
    offlineQueueLimitHours: OFFLINE_QUEUE_LIMIT_HOURS,
  },
  // The gate check decides at the gate first (entry rules, signed commitment); any other definition names a subject.
  if: { required: ['subject'] },
  then: {
    required: ['readings'],
    properties: {
      rules: { items: { properties: { then: { const: 'alert' } } } },
      entryRules: false,
      commitment: false,
      notice: false,
      lanes: false,
      referralSla: false,
      releaseTemplate: false,
    },
  },
  else: {
    required: ['entryRules', 'commitment'],
    properties: { readings: false, countDays: false, alertTo: false, endTemplate: false },
  },
  additionalProperties: false,
};

// P7: a record (a cadre's visit) is stored, not worked: no workflow. Its params say where it is kept and which of its
// fields mean what to the code that keeps it: the enterprise and date, the columns the dashboard sums, and the problems
// a cadre can file as difficulty reports (forms/record-references.ts checks each names a field of the form).
const RECORD_PARAMS: RJSFSchema = {
  type: 'object',
  required: ['records', 'enterpriseField', 'dateField', 'columns', 'problems'],
  properties: {
    records: { type: 'string', enum: ['visit'] },
    enterpriseField: FIELD_NAME,
    dateField: FIELD_NAME,
    columns: {
      type: 'object',
      required: ['peopleMet', 'opinionsCount'],
      properties: { peopleMet: FIELD_NAME, opinionsCount: FIELD_NAME, opinions: FIELD_NAME },
      additionalProperties: false,
    },
    problems: {
      type: 'object',
      required: ['field', 'kindField', 'categoryField', 'descriptionField'],
      properties: { field: FIELD_NAME, kindField: FIELD_NAME, categoryField: FIELD_NAME, descriptionField: FIELD_NAME },
      additionalProperties: false,
    },
    offlineQueueLimitHours: OFFLINE_QUEUE_LIMIT_HOURS,
  },
  additionalProperties: false,
};

/** Process types by name. `receipt` is the foundation's wiring slice; `ladder` climbs stages of human tasks. */
export const PROCESS_TYPES: Record<string, ProcessType> = {
  receipt: {
    workflowType: 'receiptWorkflow',
    paramsSchema: {
      type: 'object',
      required: ['settleAfter', 'receiptTemplate', 'settledTemplate'],
      properties: { settleAfter: DURATION, receiptTemplate: TEMPLATE, settledTemplate: TEMPLATE },
      additionalProperties: false,
    },
  },
  ladder: {
    workflowType: 'ladderWorkflow',
    paramsSchema: {
      type: 'object',
      required: ['stages'],
      properties: {
        stages: { type: 'array', minItems: 1, maxItems: 10, items: STAGE },
        receiptTemplate: TEMPLATE,
        settledTemplate: TEMPLATE,
        confirmWithin: DURATION,
        updateTemplate: TEMPLATE,
        completion: COMPLETION,
        publicity: PUBLICITY,
        effects: EFFECTS,
        // A yes/no field of the form that, answered yes, lifts every rung's task to at least this priority.
        urgent: {
          type: 'object',
          required: ['field', 'priority'],
          properties: { field: { type: 'string', minLength: 1 }, priority: { type: 'integer', minimum: 0, maximum: 2 } },
          additionalProperties: false,
        },
        overdue: OVERDUE,
        // The decision table on the submitted data (issue 18), evaluated once when a case starts.
        rules: RULES_SCHEMA,
        rework: REWORK,
      },
      additionalProperties: false,
    },
  },
  // A submission files its report into its round; the rounds themselves run as collectionRoundWorkflow.
  collection: { workflowType: 'collectionReportWorkflow', paramsSchema: COLLECTION_PARAMS },
  monitoring: { workflowType: 'monitoringWorkflow', paramsSchema: MONITORING_PARAMS },
  record: { paramsSchema: RECORD_PARAMS },
};

/** True when definitions of `processType` start a workflow (every type but a record). */
export function startsWorkflow(processType: string): boolean {
  return Boolean(PROCESS_TYPES[processType]?.workflowType);
}
