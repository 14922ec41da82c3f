// Gate fixtures: a gate check any test can make through the API, and quarantines for the authorization matrix — one at
// gate1's site through the API (its workflow runs), one at another enterprise's site written straight to the DB (nobody
// but HQ and admins may reach it).
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { HttpSession } from '#scripts/kit/http-session';
import type { RunningSystem } from '../helpers/running-system';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';

export { freshResidentId };

const PNG = SAMPLE_PNG;
const ALL_STEPS = ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'];

/** A gate check by `gate` (signed in as a gate officer) at `temperature`, all steps done, of `worker` (a fresh one by
 * default); answers the API's answer. */
export async function checkAtGate(
  gate: HttpSession,
  temperature: number,
  checkId = randomUUID(),
  worker: { residentId: string; name: string; mobile?: string } = { residentId: freshResidentId(), name: '矩阵测试' },
) {
  const setup = (await gate.request('GET', '/api/gate/setup')).body.setup;
  const upload = (await gate.request('POST', '/api/uploads', PNG, { contentType: 'image/png' })).body.upload;
  const data = {
    ...worker,
    channel: 'people',
    certificate: 'pass',
    steps: ALL_STEPS,
    temperature,
    riskFlag: false,
    signature: upload.ref,
    commitmentSha256: setup.commitment['zh-CN'].sha256,
  };
  return gate.request('POST', '/api/gate/checks', { checkId, data });
}

/** Own: gate1 quarantines a feverish worker; other: a quarantine row at ent06's project. */
export async function gateQuarantines(system: RunningSystem): Promise<Record<'own' | 'other', string>> {
  const gate = new HttpSession(system.baseUrl);
  await gate.login('gate1', DEMO_PASSWORD);
  const own = await checkAtGate(gate, 38.1);
  if (own.status !== 201) throw new Error(`gate check failed: ${JSON.stringify(own.body)}`);
  const { db } = system;
  const ent06 = await db('users').where({ username: 'ent06' }).first('enterprise_id');
  const project = await db('projects').where({ enterprise_id: ent06.enterprise_id }).first('id');
  const gateUser = await db('users').where({ username: 'gate1' }).first('id');
  const [worker] = await db('workers')
    .insert({ resident_id: freshResidentId(), name: '他处隔离', created_at: new Date().toISOString() })
    .returning('id');
  const other = randomUUID();
  const start = new Date().toISOString();
  await db('quarantines').insert({
    id: other,
    workflow_id: `submission-${other}`,
    project_id: project.id,
    worker_id: (worker as { id: number }).id,
    officer_id: gateUser.id,
    status: 'active',
    started_at: start,
    ends_at: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    end_changes: '[]',
  });
  return { own: own.body.check.id as string, other };
}
