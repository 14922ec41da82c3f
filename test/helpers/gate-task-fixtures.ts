// A gate check and the tasks HQ gets about it, written straight into a bare app's seeded database as the gate and the
// monitoring workflow leave them: the check (a worker put in quarantine), the review of an offline decision that
// differed from the server's (web/server/gate/submit-gate-check.ts), and a fever referral (monitoring-workflow.ts).
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { toJson } from '#core/db';
import type { TaskSpec } from '#core/domain/human-task';
import { newTaskRecord } from '#core/stores/task-row';
import { openTask } from '#core/stores/task-store';

/** The worker of a fixture gate check. */
export interface GateWorker {
  name: string;
  residentId: string;
  mobile: string;
}

/** A gate check at gate1's site that put `worker` in quarantine (38.4 ℃), numbered `caseNumber`; answers its id and
 * its enterprise. */
export async function quarantinedAtGate(db: Knex, worker: GateWorker, caseNumber: string): Promise<{ id: string; enterpriseId: number }> {
  const gate = await db('users').where({ username: 'gate1' }).first('id', 'project_id');
  const project = await db('projects').where({ id: gate.project_id }).first('enterprise_id');
  const version = (await db('form_definitions').where({ key: 'gate-check', status: 'published' }).max('version as v').first())!.v;
  const id = randomUUID();
  const at = new Date(Date.now() - 2 * 3600_000).toISOString();
  await db('submissions').insert({
    id,
    form_key: 'gate-check',
    form_version: version,
    enterprise_id: project.enterprise_id,
    user_id: gate.id,
    data: toJson({ ...worker, channel: 'people', certificate: 'pass', temperature: 38.4, riskFlag: false }),
    status: 'received',
    result: toJson({ outcome: 'quarantined', releasedAt: null, startedAt: at }),
    workflow_id: `submission-${id}`,
    case_number: caseNumber,
    created_at: at,
    updated_at: at,
  });
  return { id, enterpriseId: Number(project.enterprise_id) };
}

/** HQ's task about gate check `checkId`: the review of an offline decision, or a fever referral; answers its row id. */
export async function gateTaskForHq(
  db: Knex,
  check: { id: string; enterpriseId: number; workerName: string },
  step: 'offline-review' | 'referral',
): Promise<string> {
  const title =
    step === 'offline-review'
      ? {
          'zh-CN': '门岗离线判定「放行」与系统复核「隔离观察」不一致，请核实',
          en: 'The gate decided "Admitted" offline but the server\'s check says "In quarantine": please verify',
        }
      : { 'zh-CN': `隔离人员发热转诊 · ${check.workerName}（38.6 ℃）`, en: `Fever referral · ${check.workerName} (38.6 °C)` };
  const spec: TaskSpec = {
    taskId: `submission-${check.id}/${step}`,
    step,
    processType: 'monitoring',
    title,
    submissionId: check.id,
    enterpriseId: check.enterpriseId,
    assignee: { kind: 'role', role: 'hq' },
    priority: 2,
    dueAt: new Date(Date.now() + 4 * 3600_000).toISOString(),
    allowedActions: step === 'referral' ? ['acknowledge', 'resolve'] : [],
    completionSchema: {},
    breachStatus: 'expired',
  };
  const at = new Date(Date.now() - 3600_000).toISOString();
  const enterprise = await db('enterprises').where({ id: check.enterpriseId }).first('name');
  await openTask(db, newTaskRecord(spec, { assigneeUserId: null, candidateRole: 'hq', candidateGroupId: null }, enterprise.name, at));
  return spec.taskId;
}
