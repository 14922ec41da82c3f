// The gate's decision, as data: rules from the gate-check definition's params are applied to the facts the officer
// recorded. Pure and sandbox-safe, so the API (for an answer at once) and the workflow (for the record) agree.

/** The 8 steps of 004, in the order the officer walks a worker through them. */
export const GATE_STEPS = [
  'certificate',
  'temperature',
  'disinfection',
  'registration',
  'code-scan',
  'commitment',
  'notice',
  'separate-lane',
] as const;
/** One step of the gate check. */
export type GateStep = (typeof GATE_STEPS)[number];

/** The 3 channels of 004: people, passenger vehicles, freight vehicles. */
export const GATE_CHANNELS = ['people', 'passenger-vehicle', 'freight'] as const;
/** One channel of the gate. */
export type GateChannel = (typeof GATE_CHANNELS)[number];

/** One lane of the gate as the definition's `params.lanes` describes it (004: 3 lanes, 3 scans). */
export interface GateLane {
  channel: GateChannel;
  title: { 'zh-CN': string; en: string };
  /** The code scanned at this lane: scanning by category keeps each lane's entrants apart (分类扫码). */
  scan: { key: string; title: { 'zh-CN': string; en: string } };
  /** The steps its entrants go through. */
  steps: GateStep[];
  /** Whether a vehicle (its plate) is registered with whoever enters by it. */
  vehicle?: boolean;
}

/** The lane of `channel` in `lanes`; a definition without lanes (versions before 3) walks everyone through all 8 steps. */
export function laneOf(lanes: readonly GateLane[] | undefined, channel: string): Pick<GateLane, 'steps' | 'vehicle'> & Partial<GateLane> {
  return lanes?.find((lane) => lane.channel === channel) ?? { steps: [...GATE_STEPS], vehicle: false };
}

/** The 4 zones of a site (004); isolation holds workers in quarantine. */
export const SITE_ZONES = ['management', 'construction', 'living', 'isolation'] as const;
/** One zone of a site. */
export type SiteZone = (typeof SITE_ZONES)[number];

/** What a rule compares and what it makes happen. */
export interface ValueRule {
  field: string;
  op: '>=' | '>' | '<=' | '<' | '==' | '!=';
  value: number | string | boolean;
  then: 'alert' | 'refer-hq' | 'quarantine' | 'turn-back';
}

/** How a gate check ends. */
export type GateOutcome = 'admitted' | 'quarantined' | 'turned-back';

/** The outcome and the rules that led to it (empty for a plain admission). */
export interface GateDecision {
  outcome: GateOutcome;
  reasons: ValueRule[];
}

function holds(rule: ValueRule, facts: Record<string, unknown>): boolean {
  const actual = facts[rule.field];
  if (actual === undefined || actual === null) return false;
  switch (rule.op) {
    case '==':
      return actual === rule.value;
    case '!=':
      return actual !== rule.value;
    default: {
      if (typeof actual !== 'number' || typeof rule.value !== 'number') return false;
      if (rule.op === '>=') return actual >= rule.value;
      if (rule.op === '>') return actual > rule.value;
      if (rule.op === '<=') return actual <= rule.value;
      return actual < rule.value;
    }
  }
}

/** The rules among `rules` that the facts satisfy, in their order. */
export function firedRules(rules: readonly ValueRule[], facts: Record<string, unknown>): ValueRule[] {
  return rules.filter((rule) => holds(rule, facts));
}

/** Turning back wins over quarantine (nobody without a valid certificate enters, not even the isolation zone). A worker
 * turned back who also met a quarantine rule (a fever, a risk) keeps that rule among the reasons, after the turn-back
 * ones: 004 turns back who must be turned back and isolates who must be isolated, and a fever sent away from the gate
 * is still a fever the cadre has to hear of (workflows/monitoring-workflow.ts alerts on it). */
export function decideAtGate(rules: readonly ValueRule[], facts: Record<string, unknown>): GateDecision {
  const fired = firedRules(rules, facts);
  const turnBack = fired.filter((rule) => rule.then === 'turn-back');
  if (turnBack.length) return { outcome: 'turned-back', reasons: [...turnBack, ...fired.filter((rule) => rule.then === 'quarantine')] };
  const quarantine = fired.filter((rule) => rule.then === 'quarantine');
  if (quarantine.length) return { outcome: 'quarantined', reasons: quarantine };
  return { outcome: 'admitted', reasons: [] };
}

/** The rule among `reasons` that says the worker had a fever at the gate (a quarantine rule on the temperature). */
export function feverReason(reasons: readonly ValueRule[]): ValueRule | undefined {
  return reasons.find((rule) => rule.field === 'temperature' && rule.then === 'quarantine');
}
