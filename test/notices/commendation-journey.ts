// Drives a commendation over HTTP on a running system up to its publicity window: a cadre nominates one of its
// enterprises, the service class recommends it, headquarters approves. Shared by the API and browser tests.
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { arrival } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import type { RunningSystem } from '../helpers/running-system';

/** Signs `username` in on `system`. */
export async function signedIn(system: RunningSystem, username: string): Promise<HttpSession> {
  const session = new HttpSession(system.baseUrl);
  await session.login(username, DEMO_PASSWORD);
  return session;
}

function poll<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
  return arrival(read, what, 60_000);
}

/** Decides the open task at `step` over the API, once its row is listed. */
export async function decideStep(
  system: RunningSystem,
  submissionId: string,
  step: string,
  username: string,
  action: string,
  data: Record<string, unknown>,
): Promise<void> {
  const task = await poll<{ id: string }>(`${step} task`, () =>
    system.db('tasks').where({ submission_id: submissionId, step, status: 'open' }).first('id'),
  );
  // Listed means waited on: the workflow registers a task before its row is written, so one request decides it.
  const session = await signedIn(system, username);
  const answer = await session.request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, { action, data });
  if (answer.status < 200 || answer.status >= 300) throw new Error(`decide ${step}: ${answer.status} ${JSON.stringify(answer.body)}`);
}

/** Nominates ent01's enterprise as cadre1 with `deeds`, and approves it up to publicity; the open notice's id. */
export async function nominateToPublicity(system: RunningSystem, deeds: string): Promise<{ submissionId: string; noticeId: number }> {
  const ent01 = await system
    .db('users as u')
    .join('enterprises as e', 'e.id', 'u.enterprise_id')
    .where('u.username', 'ent01')
    .first('e.credit_code');
  const cadre = await signedIn(system, 'cadre1');
  const submissionId = randomUUID();
  const answer = await cadre.request('POST', '/api/forms/commendation/submissions', {
    submissionId,
    data: { enterpriseCreditCode: ent01.credit_code, honour: '复工复产先进企业', deeds },
  });
  if (answer.status >= 300) throw new Error(`nomination: ${answer.status} ${JSON.stringify(answer.body)}`);
  await decideStep(system, submissionId, 'review', 'class-coordination', 'escalate', { opinion: '事迹属实' });
  await decideStep(system, submissionId, 'hq', 'hq', 'approve', { opinion: '同意' });
  const notice = await poll<{ id: number }>('publicity notice', () =>
    system.db('notices').where({ submission_id: submissionId, kind: 'publicity', status: 'open' }).first('id'),
  );
  return { submissionId, noticeId: Number(notice.id) };
}
