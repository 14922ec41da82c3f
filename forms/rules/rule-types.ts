// The shapes of a definition's rules (`params.rules`, schema in rules-schema.ts) and of what evaluating them gives.
// Plain JSON only: the ladder workflow imports these types, and the browser's rules editor shares them.
import type { LocalizedText } from '#core/domain/locale';
import type { Role } from '#core/org/org-types';

type Scalar = string | number | boolean;

/** A condition on a submitted field. */
export interface FieldCondition {
  field: string;
  op: 'equals' | 'not-equals' | 'in' | '>=' | '<=' | '>' | '<';
  value: Scalar | Scalar[];
}
/** A condition on the reporting enterprise: its focus flag (重点企业) or its type. */
export interface EnterpriseCondition {
  enterprise: 'focus' | 'type';
  op: 'equals' | 'not-equals' | 'in';
  value: Scalar | Scalar[];
}
/** A condition on the local time of day the case was submitted ("17:00"). */
export interface TimeCondition {
  time: 'local';
  op: '>=' | '<=' | '>' | '<';
  value: string;
}
export type RuleCondition = FieldCondition | EnterpriseCondition | TimeCondition;

/** What a matching row does. */
export interface RuleOutcome {
  startAt?: string;
  workingGroupKey?: string;
  priority?: number;
  sla?: Record<string, string>;
  notify?: { role?: Role; userIds?: number[]; template: string };
}

/** One row of the decision table. */
export interface Rule {
  label: LocalizedText;
  when: RuleCondition[];
  then: RuleOutcome;
}

/** What a rule sees of a case: its data, the enterprise's flags (null: no enterprise) and the local time it came in. */
export interface RuleFacts {
  data: Record<string, unknown>;
  enterprise: { focus: boolean; type: string } | null;
  /** "HH:MM" in the deployment's time zone. */
  localTime: string;
}

/** The table's combined decision and the rows that made it (1-based, as the editor numbers them). */
export interface RuleDecision {
  matched: { row: number; label: LocalizedText; then: RuleOutcome }[];
  startAt?: string;
  workingGroupKey?: string;
  priority?: number;
  sla: Record<string, string>;
  notify: NonNullable<RuleOutcome['notify']>[];
}
