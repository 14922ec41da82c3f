// The `ladder` process type: ordered stages, each a human task with its own actor, SLA and actions.
// Escalating (by decision or by an SLA breach that escalates) climbs to the next stage; resolve or approve settles.
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import { msToNumber, type Duration } from '@temporalio/common';
import type { Activities } from '../activities/index';
import type { TaskAction, TaskAssignee } from '../core/domain/human-task';
import type { LocalizedText } from '../core/domain/locale';
import type { ProcessStartInput } from '../core/domain/process-start';
import type { Role } from '../core/org/org-types';
import { DB_WRITE, EMAIL } from './activity-profiles';
import { humanTask } from './human-task';

/** One rung of a ladder. */
export interface LadderStage {
  name: string;
  title: LocalizedText;
  actor: 'cadre-of-enterprise' | { role: Role; workingGroupKey?: string };
  sla: string;
  actions: TaskAction[];
  onBreach: 'escalate' | 'expire';
  priority?: number;
}

/** Parameters of the `ladder` process type (see forms/process-types.ts). */
export interface LadderParams {
  stages: LadderStage[];
  receiptTemplate?: string;
  settledTemplate?: string;
}

/** How a ladder ended. */
export interface LadderResult {
  status: 'settled' | 'rejected' | 'expired';
  stage: string;
  action: TaskAction | null;
  decidedBy: number | null;
  data: Record<string, unknown>;
  path: { stage: string; outcome: string }[];
}

const db = proxyActivities<Activities>(DB_WRITE);
const mail = proxyActivities<Activities>(EMAIL);

function assigneeOf(stage: LadderStage): TaskAssignee {
  return stage.actor === 'cadre-of-enterprise' ? { kind: 'cadre-of-enterprise' } : { kind: 'role', ...stage.actor };
}

/** Climbs the stages until someone resolves, approves or rejects, or the last stage runs out of time. */
export async function ladderWorkflow(input: ProcessStartInput<LadderParams>): Promise<LadderResult> {
  const { workflowId } = workflowInfo();
  await db.markSubmission({ submissionId: input.submissionId, status: 'received', result: null });
  await notify(input, `${workflowId}/receipt`, input.params.receiptTemplate, { receivedAt: new Date().toISOString() });
  const path: LadderResult['path'] = [];
  let result: LadderResult | undefined;
  for (const [index, stage] of input.params.stages.entries()) {
    const last = index === input.params.stages.length - 1;
    const slaMs = msToNumber(stage.sla as Duration);
    const dueAt = Date.now() + slaMs;
    const outcome = await humanTask({
      taskId: `${workflowId}/${index}-${stage.name}`,
      step: stage.name,
      processType: 'ladder',
      title: { 'zh-CN': `${input.formTitle['zh-CN']} · ${stage.title['zh-CN']}`, en: `${input.formTitle.en} · ${stage.title.en}` },
      submissionId: input.submissionId,
      enterpriseId: input.enterpriseId,
      category: typeof input.data.category === 'string' ? input.data.category : null,
      assignee: assigneeOf(stage),
      priority: stage.priority ?? 0,
      dueAt: new Date(dueAt).toISOString(),
      // Remind a quarter of the SLA before the deadline, at most two hours before.
      remindAt: new Date(dueAt - Math.min(2 * 3600_000, slaMs / 4)).toISOString(),
      allowedActions: last ? stage.actions.filter((a) => a !== 'escalate') : stage.actions,
      completionSchema: { type: 'object', properties: { note: { type: 'string', maxLength: 2000 } } },
      breachStatus: stage.onBreach === 'escalate' && !last ? 'escalated' : 'expired',
    });
    if (outcome.kind === 'breached') {
      path.push({ stage: stage.name, outcome: 'sla-breached' });
      if (stage.onBreach === 'escalate' && !last) continue;
      result = { status: 'expired', stage: stage.name, action: null, decidedBy: null, data: {}, path };
      break;
    }
    path.push({ stage: stage.name, outcome: outcome.action });
    if (outcome.action === 'escalate') continue;
    const status = outcome.action === 'reject' ? 'rejected' : 'settled';
    result = { status, stage: stage.name, action: outcome.action, decidedBy: outcome.decidedBy, data: { ...outcome.data, comment: outcome.comment }, path };
    break;
  }
  const final = result ?? { status: 'expired' as const, stage: input.params.stages.at(-1)?.name ?? '', action: null, decidedBy: null, data: {}, path };
  await db.markSubmission({ submissionId: input.submissionId, status: final.status, result: { ...final } });
  await notify(input, `${workflowId}/settled`, input.params.settledTemplate, { receivedAt: new Date().toISOString(), settledAt: new Date().toISOString() });
  return final;
}

async function notify(input: ProcessStartInput<LadderParams>, key: string, template: string | undefined, extra: Record<string, string>): Promise<void> {
  const { email, locale, name } = input.submitter;
  if (!email || !template) return;
  await mail.sendEmail({ key, template, locale, to: email, submissionId: input.submissionId, data: { recipientName: name, formTitle: input.formTitle[locale], submissionId: input.submissionId, ...extra } });
}
