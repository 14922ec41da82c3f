// Parameters of the `monitoring` process type (schema in forms/process-types.ts) and the shapes its workflow,
// activities and API exchange. Types and constants only, so workflows may import them.
// A monitoring definition follows a subject for N days with check-ins at set local times. The gate check is one such
// definition (its subject is a worker quarantined at the gate: entry rules decide first); any other definition names
// its subject (a worker, a site, a vehicle) and the readings each check-in takes.
import type { LocalizedText } from './locale';
import type { GateLane, GateOutcome, ValueRule } from './gate-rules';

/** The params of the gate-check definition (forms/definitions/gate-check.json): entry rules, then a quarantine. */
export interface MonitoringParams {
  days: number;
  checkInTimes: string[];
  opensBefore?: string;
  missedAfter?: string;
  rules: ValueRule[];
  entryRules: ValueRule[];
  commitment: LocalizedText;
  /** The notice (告知书) handed to each entrant: the second of 004's two commitments (version 3 on). */
  notice?: LocalizedText;
  /** The gate's lanes, their scans and steps (version 3 on; earlier versions: every lane all 8 steps). */
  lanes?: GateLane[];
  referralSla?: string;
  alertTemplate?: string;
  releaseTemplate?: string;
  /** Beyond email (issue 22): which group robots hear a quarantine start and a missed check-in, and whether the
   * worker gets texts. Absent: every HQ robot, the robots of the enterprise's cadres, and texts to the worker. */
  quarantineAlerts?: QuarantineAlerts;
  /** Hours a check made offline may wait on the phone before the page warns (issue 23; 72 when absent). */
  offlineQueueLimitHours?: number;
}

/** Who hears a quarantine on the channels beside email. */
export interface QuarantineAlerts {
  /** Robots told that a quarantine started, that a check-in found a fever, or that a worker with a fever was turned back
   * at the gate (default: every active HQ robot). */
  started?: { robots: string[] };
  /** Robots told that a check-in was missed (default: the team robots of the cadres who look after the enterprise). */
  missed?: { robots: string[] };
  /** Texts to the worker's mobile: the start, each check-in's reminder, the release (default true). */
  workerSms?: boolean;
}

/** A moment of a quarantine that the channels beside email announce (`fever`: a check-in's reading was a fever). */
export type QuarantineMoment = 'started' | 'reminder' | 'missed' | 'fever' | 'released';

/** A check-in reading outside this range is a typo, not a fever: the Update validator refuses it. */
export const TEMPERATURE_RANGE = { min: 34, max: 43 } as const;

/** A quarantine as recorded at the gate. */
export interface QuarantineFacts {
  id: string;
  projectId: number;
  enterpriseId: number;
  officerId: number;
  workerName: string;
  startedAt: string;
  endsAt: string;
}

/** What the gate check recorded. */
export interface GateRecord {
  outcome: GateOutcome;
  reasons: ValueRule[];
  workerId: number;
  quarantine: QuarantineFacts | null;
}

/** One change of a quarantine's end date; the previous date stays on record. */
export interface EndChange {
  from: string;
  to: string;
  reason: string;
  by: number;
  at: string;
}

/** What a definition follows: its kind, what one is called, and the form field that names each one. */
export interface MonitoredSubject {
  kind: 'worker' | 'site' | 'vehicle' | 'other';
  title: LocalizedText;
  nameField: string;
}

/** One value a check-in records, with the range outside which it is a typo rather than a reading. */
export interface ReadingSpec {
  key: string;
  title: LocalizedText;
  unit?: string;
  minimum: number;
  maximum: number;
}

/** Who hears an alert or the end of a subject's monitoring. */
export type MonitoringAudience = 'submitter' | 'cadre-of-enterprise' | 'enterprise' | 'hq' | 'admin';

/** The params of any other monitoring definition: a subject, readings with rules on them, alerts. */
export interface SubjectMonitoringParams {
  subject: MonitoredSubject;
  days: number;
  /** from-start: `days` × 24 hours from the start (the gate's quarantine); calendar: until local 24:00 of day `days`. */
  countDays?: 'from-start' | 'calendar';
  checkInTimes: string[];
  opensBefore?: string;
  missedAfter?: string;
  readings: ReadingSpec[];
  /** Rules on each check-in's readings (field = a reading's key): any that holds raises an alert. */
  rules: ValueRule[];
  alertTo?: MonitoringAudience[];
  alertTemplate?: string;
  endTemplate?: string;
  /** Hours a reading made offline may wait on the phone before the page warns (issue 23; 72 when absent). */
  offlineQueueLimitHours?: number;
}

/** Params of either kind of monitoring definition. */
export type AnyMonitoringParams = MonitoringParams | SubjectMonitoringParams;

/** Whether a definition of `processType` with `params` keeps records about a person someone else checks (the gate
 * check's workers, a returning worker followed by a monitoring definition, a subject of unknown kind): the privacy
 * policy's "worker" records. A site or a vehicle the enterprise itself watches is its own record, as a report is. */
export function recordsAboutPerson(processType: string | undefined, params: unknown): boolean {
  if (processType !== 'monitoring') return false;
  const kind = (params as { subject?: { kind?: unknown } } | null)?.subject?.kind;
  return kind !== 'site' && kind !== 'vehicle';
}

/** Whether a monitoring definition follows a named subject (true) or is the gate check (entry rules first). */
export function followsSubject(params: AnyMonitoringParams): params is SubjectMonitoringParams {
  return 'subject' in params && !('entryRules' in params);
}

/** A monitored subject as recorded when its monitoring started. */
export interface SubjectFacts {
  id: string;
  enterpriseId: number | null;
  name: string;
  startedAt: string;
  endsAt: string;
}
