// The ladder's decision table at the start of a case: reads the enterprise's flags and the local time of submission,
// evaluates the definition's rules (forms/rules/evaluate-rules.ts) and writes each matched row on the timeline in words.
// One activity, so the workflow adds one command (behind its patch) and stays free of the database and time zones.
import type { LocalizedText } from '#core/domain/locale';
import type { Db } from '#core/stores/db-types';
import { localTime } from '#core/domain/zoned-time';
import { enterpriseRuleFlags } from '#core/stores/submissions/submission-enterprises';
import { addKeyedEvent } from '#core/stores/submissions/submission-events';
import { ruleLine, type StageTitles } from '#forms/rules/describe-rule';
import { evaluateRules } from '#forms/rules/evaluate-rules';
import type { Rule, RuleDecision, RuleFacts } from '#forms/rules/rule-types';

/** Input of decideRules. */
export interface DecideRulesInput {
  key: string;
  submissionId: string;
  enterpriseId: number | null;
  /** When the case came in (the workflow's start time, ISO). */
  at: string;
  data: Record<string, unknown>;
  rules: Rule[];
  stageTitles: StageTitles;
}

/** The timeline line of a matched row: its number and the sentence in both languages. */
export interface RuleEventDetail {
  row: number;
  line: LocalizedText;
}

/** Builds the rule activities over a DB connection and the deployment's time zone. */
export function createRuleActivities(deps: { db: Db; timeZone: string; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Evaluates the case's rules once; each matched row becomes a `ladder.rule` timeline line (once per key). */
    async decideRules(input: DecideRulesInput): Promise<RuleDecision> {
      const enterprise = input.enterpriseId === null ? undefined : await enterpriseRuleFlags(deps.db, input.enterpriseId);
      const facts: RuleFacts = {
        data: input.data,
        enterprise: enterprise ?? null,
        localTime: localTime(input.at, deps.timeZone),
      };
      const decision = evaluateRules(input.rules, facts);
      for (const matched of decision.matched) {
        const detail: RuleEventDetail = { row: matched.row, line: ruleLine(matched, input.stageTitles) };
        await addKeyedEvent(deps.db, {
          eventKey: `${input.key}/${matched.row}`,
          submissionId: input.submissionId,
          kind: 'ladder.rule',
          detail,
          at: now().toISOString(),
        });
      }
      return decision;
    },
  };
}
