// Parameters of the `monitoring` process type (schema in forms/process-types.ts) and the shapes its workflow,
// activities and API exchange. Types and constants only, so workflows may import them.
import type { LocalizedText } from './locale';
import type { GateOutcome, ValueRule } from './gate-rules';

/** The params of a monitoring definition (the shipped one is forms/definitions/gate-check.json). */
export interface MonitoringParams {
  days: number;
  checkInTimes: string[];
  opensBefore?: string;
  missedAfter?: string;
  rules: ValueRule[];
  entryRules: ValueRule[];
  commitment: LocalizedText;
  referralSla?: string;
  alertTemplate?: string;
  releaseTemplate?: string;
}

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
