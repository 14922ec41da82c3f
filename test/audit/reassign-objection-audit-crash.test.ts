// "Every state change audited" across a stopped process, for a task handed on and an objection to a publicity: the
// workflow took the update just before the web process stopped, and the entry is in the audit log once held entries
// are settled from the workflow's history (as every web process does on its timer), with the summary the route writes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, signedInOnce } from '#scripts/kit/http-session';
import { eventually } from '#scripts/kit/eventually';
import { settlePendingAudits } from '#web/server/audit/pending-audits';
import { historyLookup, SETTLE_AFTER_MS } from '#web/server/cases/pending-replies';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { stoppingAfterUpdate } from '../helpers/stopping-after-update';
import { testDatabases } from '../helpers/test-db';
import { nominateToPublicity } from '../notices/commendation-journey';

interface Entry {
  action: string;
  actor: { username: string } | null;
  summary: Record<string, unknown>;
}

describe.each(testDatabases())('audit entries of reassignments and objections across a stopped web process on $name', (database) => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  beforeAll(async () => {
    system = await startSystem(database);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const logged = async (action: string, targetId: string | number): Promise<Entry[]> => {
    const answer = await (await as('admin')).request('GET', `/api/audit?action=${action}&targetId=${encodeURIComponent(String(targetId))}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.entries;
  };
  const settle = () =>
    settlePendingAudits({ db: system.db, now: () => new Date(Date.now() + SETTLE_AFTER_MS), lookup: historyLookup(system.client) });
  const stopping = <T>(request: () => Promise<T>) => stoppingAfterUpdate(system.client.workflow, request);

  it('logs a reassignment the workflow took just before the process stopped', async () => {
    const id = randomUUID();
    const filed = await (
      await as('ent01')
    ).request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: id,
      data: { category: 'materials', summary: '搅拌站停工，混凝土供应中断' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const task = await eventually(
      async () =>
        (
          (await (await as('cadre1')).request('GET', '/api/tasks?box=mine')).body.tasks as {
            id: string;
            submissionId: string;
            step: string;
          }[]
        ).find((t) => t.submissionId === id && t.step === 'cadre'),
      Boolean,
    );
    const hq = Number((await system.db('users').where({ username: 'hq' }).first('id')).id);
    const reason = '包挂干部休假，转总部协调';
    const hqSession = await as('hq');
    const stopped = await stopping(() =>
      hqSession.request('POST', `/api/tasks/${encodeURIComponent(task!.id)}/reassign`, { userId: hq, reason }),
    );
    expect(stopped.status).toBe(500);
    const taskKey = String((await system.db('tasks').where({ submission_id: id, step: 'cadre' }).first('id')).id);
    expect(await logged('task.reassign', taskKey)).toEqual([]);

    expect(await settle()).toEqual({ accepted: 1, dropped: 0 });
    expect(await logged('task.reassign', taskKey)).toEqual([
      expect.objectContaining({
        action: 'task.reassign',
        actor: expect.objectContaining({ username: 'hq' }),
        summary: expect.objectContaining({ after: { assigneeUserId: hq }, reason }),
      }),
    ]);
  });

  it('logs an objection the workflow took just before the process stopped', async () => {
    const { submissionId, noticeId } = await nominateToPublicity(system, '组织 300 名工人错峰返岗，全程闭环管理。');
    const visitor = new HttpSession(system.baseUrl);
    visitor.csrfToken = (await visitor.request('GET', '/api/session')).body.csrfToken;
    const body = { reason: '该企业返岗人员未按要求登记', contact: { name: '王五', mobile: '13812345678' } };
    const stopped = await stopping(() => visitor.request('POST', `/api/notices/${noticeId}/objections`, body));
    expect(stopped.status).toBe(500);
    // The workflow took the objection: the publicity is paused for review.
    await eventually(
      async () => (await visitor.request('GET', `/api/notices/${noticeId}`)).body,
      (answer) => answer?.notice?.status === 'under-review',
    );
    expect(await logged('notice.objection', noticeId)).toEqual([]);

    expect(await settle()).toEqual({ accepted: 1, dropped: 0 });
    expect(await logged('notice.objection', noticeId)).toEqual([
      expect.objectContaining({ action: 'notice.objection', actor: null, summary: expect.objectContaining({ submissionId }) }),
    ]);
  });
});
