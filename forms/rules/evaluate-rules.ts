// Evaluates a definition's decision table against a case. Hit policy: every row whose conditions all hold applies, in
// table order; for the starting rung, the working group and each rung's SLA the earliest matching row that sets one wins
// (put the most specific row first); the priority is the highest any matching row names; every row's notice is sent.
// Pure and sandbox-safe: the ladder's activity, the server's "try these values" route and the browser all use it.
import type { Rule, RuleCondition, RuleDecision, RuleFacts } from './rule-types';

type Scalar = string | number | boolean;

function compare(actual: unknown, op: RuleCondition['op'], expected: Scalar | Scalar[]): boolean {
  if (op === 'in') return Array.isArray(expected) && expected.some((value) => same(actual, value));
  if (Array.isArray(expected)) return false;
  if (op === 'equals') return same(actual, expected);
  if (op === 'not-equals') return !same(actual, expected);
  const [a, b] = typeof expected === 'number' ? [Number(actual), expected] : [String(actual ?? ''), String(expected)];
  if (actual === undefined || actual === null || (typeof a === 'number' && Number.isNaN(a))) return false;
  if (op === '>=') return a >= b;
  if (op === '<=') return a <= b;
  if (op === '>') return a > b;
  return a < b;
}

// A form's number arrives as a number and a choice as a string; "3" in a table matches 3 in the data.
function same(actual: unknown, expected: Scalar): boolean {
  if (Array.isArray(actual)) return actual.some((item) => same(item, expected));
  if (typeof expected === 'number' && typeof actual === 'string') return actual.trim() !== '' && Number(actual) === expected;
  return actual === expected;
}

/** Whether one condition holds for the facts. */
export function conditionHolds(condition: RuleCondition, facts: RuleFacts): boolean {
  if ('field' in condition) return compare(facts.data[condition.field], condition.op, condition.value);
  if ('enterprise' in condition) {
    if (!facts.enterprise) return false;
    return compare(facts.enterprise[condition.enterprise], condition.op, condition.value);
  }
  return compare(facts.localTime, condition.op, condition.value);
}

/** The table's decision for the facts; no rows (or none matching) decide nothing. */
export function evaluateRules(rules: readonly Rule[] | undefined, facts: RuleFacts): RuleDecision {
  const decision: RuleDecision = { matched: [], sla: {}, notify: [] };
  (rules ?? []).forEach((rule, index) => {
    if (!rule.when.every((condition) => conditionHolds(condition, facts))) return;
    const { then } = rule;
    decision.matched.push({ row: index + 1, label: rule.label, then });
    decision.startAt ??= then.startAt;
    decision.workingGroupKey ??= then.workingGroupKey;
    if (then.priority !== undefined) decision.priority = Math.max(decision.priority ?? 0, then.priority);
    for (const [stage, sla] of Object.entries(then.sla ?? {})) decision.sla[stage] ??= sla;
    if (then.notify) decision.notify.push(then.notify);
  });
  return decision;
}
