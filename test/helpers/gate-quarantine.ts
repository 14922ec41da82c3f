// A quarantine's arrangement, shared by the monitoring tests and the script that records its history: the demo gate
// officer, a worker arriving at 10:00 Beijing time tomorrow with 37.9 °C, their gate check filed as a submission, and
// the monitoring workflow's input for it (started by the caller).
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Knex } from 'knex';
import type { MonitoringParams } from '#core/domain/monitoring-params';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import { commitmentHash } from '#core/gate/record-gate-check';
import { readShippedForms } from '#forms/shipped-forms';
import type { MonitoringInput } from '#workflows/monitoring-workflow';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';

const TZ = 'Asia/Shanghai';

/** The shipped gate check. */
export const GATE_CHECK = readShippedForms().find((form) => form.key === 'gate-check')!;

/** Its shipped monitoring parameters. */
export const GATE_PARAMS = GATE_CHECK.process.params as unknown as MonitoringParams;

/** The demo gate officer (gate1) with the enterprise of their project. */
export interface GateOfficer {
  id: number;
  project_id: number;
  enterpriseId: number;
}

/** Reads the demo gate officer from a seeded database. */
export async function demoGateOfficer(db: Knex): Promise<GateOfficer> {
  const gate = await db('users').where({ username: 'gate1' }).first('id', 'project_id');
  const enterpriseId = (await db('projects').where({ id: gate.project_id }).first('enterprise_id')).enterprise_id;
  return { ...gate, enterpriseId };
}

/** Moves the time-skipping clock to 10:00 Beijing time tomorrow, in the gate's working day. */
export async function skipToTenTomorrow(env: TestWorkflowEnvironment): Promise<void> {
  const now = await env.currentTimeMs();
  await env.sleep(startOfLocalDay(addDays(localDate(now, TZ), 1), TZ) + 10 * 3_600_000 - now);
}

/** Who arrives with the fever (a fresh resident id of their own). */
export interface FeverWorker {
  name: string;
  mobile?: string;
}

/** How the gate check is filed and the quarantine configured. */
export interface FeverGateCheckOptions {
  params: MonitoringParams;
  formVersion: number;
  /** The name the submitter is shown with. */
  submitterName: string;
}

/** Files the worker's gate check (37.9 °C) by the gate officer and returns the monitoring input for it. */
export async function feverGateCheck(
  db: Knex,
  gate: GateOfficer,
  worker: FeverWorker,
  options: FeverGateCheckOptions,
): Promise<MonitoringInput> {
  const id = randomUUID();
  const data = {
    residentId: freshResidentId(),
    name: worker.name,
    ...(worker.mobile ? { mobile: worker.mobile } : {}),
    channel: 'people',
    certificate: 'health-certificate',
    steps: [],
    temperature: 37.9,
    riskFlag: false,
    zone: 'living',
    signature: `upload:${randomUUID()}`,
    commitmentSha256: commitmentHash(options.params.commitment['zh-CN']),
  };
  const at = new Date().toISOString();
  await db('submissions').insert({
    id,
    form_key: GATE_CHECK.key,
    form_version: options.formVersion,
    enterprise_id: gate.enterpriseId,
    user_id: gate.id,
    data: JSON.stringify(data),
    status: 'submitted',
    workflow_id: `submission-${id}`,
    created_at: at,
    updated_at: at,
  });
  return {
    submissionId: id,
    formKey: GATE_CHECK.key,
    formVersion: options.formVersion,
    formTitle: GATE_CHECK.title,
    enterpriseId: gate.enterpriseId,
    submitter: { userId: gate.id, name: options.submitterName, email: null, locale: 'zh-CN' },
    data,
    params: options.params,
  };
}
