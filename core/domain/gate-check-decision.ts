// The gate's decision from what the officer recorded: one function for the server (recording a check) and the phone
// (deciding offline from the cached definition), so both apply the same rules to the same facts. Sandbox- and
// browser-safe: the commitment's hashes come in computed (node:crypto on the server, the setup answer on the phone).
import { decideAtGate, laneOf, type GateDecision, type GateLane, type ValueRule } from './gate-rules';

/** What the decision needs from the gate-check definition. */
export interface GateRuleSet {
  entryRules: readonly ValueRule[];
  lanes?: readonly GateLane[] | null;
  /** SHA-256 (hex) of the commitment text in each language: signing either counts as signing the current one. */
  commitmentHashes: readonly string[];
}

/** The facts the entry rules read: the form data plus whether the current commitment was signed. A lane whose
 * entrants sign no commitment (the supply-truck lane of 004) leaves the fact out, so no rule on it holds. */
export function gateCheckFacts(data: Record<string, unknown>, rules: GateRuleSet): Record<string, unknown> {
  const signed =
    typeof data.signature === 'string' &&
    typeof data.commitmentSha256 === 'string' &&
    rules.commitmentHashes.includes(data.commitmentSha256);
  const signs = laneOf(rules.lanes ?? undefined, String(data.channel ?? 'people')).steps.includes('commitment');
  return { ...data, riskFlag: data.riskFlag === true, ...(signs ? { commitmentSigned: signed } : {}) };
}

/** 放行 / 劝返 / 隔离 for one check, with the rules that led there. */
export function decideGateCheck(data: Record<string, unknown>, rules: GateRuleSet): GateDecision {
  return decideAtGate(rules.entryRules, gateCheckFacts(data, rules));
}
