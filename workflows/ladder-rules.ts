// The ladder's decision table, applied once when a case starts (issue 18): the `decideRules` activity evaluates
// `params.rules` and writes the matched rows on the timeline; here the decision reshapes this case's rungs (starting
// rung, working group, priority, SLAs) and tells the extra recipients. Behind RULES_PATCH; a definition without rules
// issues no command at all, so every history recorded before rules existed replays unchanged.
import { patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { ProcessStartInput } from '#core/domain/process-start';
import type { RuleDecision } from '#forms/rules/rule-types';
import { DB_WRITE } from './activity-profiles';
import type { LadderParams, LadderStage } from './ladder-workflow';

/** Patch: a ladder evaluates its definition's rules before its first rung. */
export const RULES_PATCH = 'ladder-rules';

const db = proxyActivities<Activities>(DB_WRITE);

/** A rung as the decision leaves it for this case. */
function reshaped(stage: LadderStage, decision: RuleDecision): LadderStage {
  const sla = decision.sla[stage.name] ?? stage.sla;
  const priority = decision.priority === undefined ? stage.priority : Math.max(stage.priority ?? 0, decision.priority);
  const actor =
    decision.workingGroupKey && stage.actor === 'group-of-category'
      ? { role: 'special_class' as const, workingGroupKey: decision.workingGroupKey }
      : stage.actor;
  return { ...stage, sla, actor, ...(priority === undefined ? {} : { priority }) };
}

/** The case's input with its rungs reshaped by the rules, and the rung it starts at (0 without rules). */
export async function applyRules(
  input: ProcessStartInput<LadderParams>,
): Promise<{ input: ProcessStartInput<LadderParams>; startIndex: number }> {
  const { rules, stages } = input.params;
  if (!rules?.length || !patched(RULES_PATCH)) return { input, startIndex: 0 };
  const { workflowId } = workflowInfo();
  const decision = await db.decideRules({
    key: `${workflowId}/rules`,
    submissionId: input.submissionId,
    enterpriseId: input.enterpriseId,
    at: new Date().toISOString(),
    data: input.data,
    rules,
    stageTitles: Object.fromEntries(stages.map((stage) => [stage.name, stage.title])),
  });
  for (const [index, notice] of decision.notify.entries()) {
    await db.alertUsers({
      key: `${workflowId}/rules/notify/${index}`,
      to: notice.userIds?.length ? { userIds: notice.userIds } : { role: notice.role ?? 'hq' },
      template: notice.template,
      title: input.formTitle,
      submissionId: input.submissionId,
      data: { submissionId: input.submissionId, summary: typeof input.data.summary === 'string' ? input.data.summary : '' },
    });
  }
  const startIndex = Math.max(0, decision.startAt ? stages.findIndex((stage) => stage.name === decision.startAt) : 0);
  return { input: { ...input, params: { ...input.params, stages: stages.map((stage) => reshaped(stage, decision)) } }, startIndex };
}
