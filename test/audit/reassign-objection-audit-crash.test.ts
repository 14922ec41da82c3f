// "Every state change audited" across a stopped process, for a task handed on and an objection to a publicity: the
// workflow took the update just before the web process stopped, and the entry is in the audit log once held entries
// are settled from the workflow's history (as every web process does on its timer), with the summary the route writes.
// A task handed on that way is in its new holder's inbox then too, unless it was handed on again meanwhile (even back
// to the holder it had then).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, signedInOnce } from '#scripts/kit/http-session';
import { eventually } from '#scripts/kit/eventually';
import { settlePendingAudits } from '#web/server/audit/pending-audits';
import { historyLookup, SETTLE_AFTER_MS } from '#web/server/cases/pending-replies';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { listedIn } from '../helpers/inbox-fixtures';
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

  /** A difficulty report's cadre task, filed now: the public id its inbox shows and its row id. */
  const fileDifficulty = async () => {
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
            taskKey: string;
            submissionId: string;
            step: string;
          }[]
        ).find((t) => t.submissionId === id && t.step === 'cadre'),
      Boolean,
    );
    return task!;
  };
  const userId = async (username: string) => Number((await system.db('users').where({ username }).first('id')).id);
  /** The task and its comments as `username` opens it. */
  const opened = async (username: string, taskId: string) => {
    const answer = await (await as(username)).request('GET', `/api/tasks/${encodeURIComponent(taskId)}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as { task: { assigneeUserId: number; assigneeName: string }; comments: { body: string; by: string }[] };
  };
  const reassignStopping = async (username: string, taskId: string, body: { userId: number; reason: string }) => {
    const session = await as(username);
    const stopped = await stopping(() => session.request('POST', `/api/tasks/${encodeURIComponent(taskId)}/reassign`, body));
    expect(stopped.status).toBe(500);
  };

  it('logs a reassignment the workflow took just before the process stopped, and hands the task on in the inbox', async () => {
    const task = await fileDifficulty();
    const hq = await userId('hq');
    const reason = '包挂干部休假，转总部协调';
    await reassignStopping('hq', task.id, { userId: hq, reason });
    expect(await logged('task.reassign', task.taskKey)).toEqual([]);

    // Two web processes settling at once record it once.
    const settled = await Promise.all([settle(), settle()]);
    expect(settled.map((result) => result.dropped)).toEqual([0, 0]);
    expect(await logged('task.reassign', task.taskKey)).toEqual([
      expect.objectContaining({
        action: 'task.reassign',
        actor: expect.objectContaining({ username: 'hq' }),
        summary: expect.objectContaining({ after: { assigneeUserId: hq }, reason }),
      }),
    ]);
    const shown = await opened('hq', task.id);
    expect(shown.task).toEqual(expect.objectContaining({ assigneeUserId: hq }));
    expect(shown.comments.filter((comment) => comment.body === reason)).toEqual([expect.objectContaining({ body: reason })]);
    expect(await listedIn(as, 'hq', 'mine', task.taskKey)).toBe(true);
    expect(await listedIn(as, 'cadre1', 'mine', task.taskKey)).toBe(false);
  });

  it('leaves a task handed on again after the stopped reassignment with its later holder', async () => {
    const task = await fileDifficulty();
    await reassignStopping('hq', task.id, { userId: await userId('hq'), reason: '包挂干部休假，转总部协调' });
    const later = await userId('class-personnel');
    const handedOn = await (
      await as('hq')
    ).request('POST', `/api/tasks/${encodeURIComponent(task.id)}/reassign`, { userId: later, reason: '转专班人员办理' });
    expect(handedOn.status, JSON.stringify(handedOn.body)).toBe(200);

    expect(await settle()).toEqual({ accepted: 1, dropped: 0 });
    const shown = await opened('hq', task.id);
    expect(shown.task).toEqual(expect.objectContaining({ assigneeUserId: later }));
    expect(shown.comments.map((comment) => comment.body)).toEqual(['转专班人员办理']);
  });

  it('leaves a task handed on and back again after the stopped reassignment with the holder it came back to', async () => {
    const task = await fileDifficulty();
    await reassignStopping('hq', task.id, { userId: await userId('hq'), reason: '包挂干部休假，转总部协调' });
    // A→C→A: the row's holder is again the one the stopped reassignment found.
    const cadre = await userId('cadre1');
    for (const [to, reason] of [
      [await userId('class-personnel'), '转专班人员办理'],
      [cadre, '退回包挂干部办理'],
    ] as const) {
      const handed = await (await as('hq')).request('POST', `/api/tasks/${encodeURIComponent(task.id)}/reassign`, { userId: to, reason });
      expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    }

    expect(await settle()).toEqual({ accepted: 1, dropped: 0 });
    const shown = await opened('hq', task.id);
    expect(shown.task).toEqual(expect.objectContaining({ assigneeUserId: cadre }));
    expect(shown.comments.map((comment) => comment.body)).toEqual(['转专班人员办理', '退回包挂干部办理']);
  });

  it('hands a task reassigned twice by stopped processes to the later holder, the earlier waiting for it', async () => {
    const task = await fileDifficulty();
    await reassignStopping('hq', task.id, { userId: await userId('hq'), reason: '包挂干部休假，转总部协调' });
    const later = await userId('class-personnel');
    await reassignStopping('hq', task.id, { userId: later, reason: '转专班人员办理' });

    // The earlier entry waits while the later one is held; the later is settled in the same run, the earlier after it.
    expect(await settle()).toEqual({ accepted: 1, dropped: 0 });
    expect(await settle()).toEqual({ accepted: 1, dropped: 0 });
    expect(await logged('task.reassign', task.taskKey)).toHaveLength(2);
    const shown = await opened('hq', task.id);
    expect(shown.task).toEqual(expect.objectContaining({ assigneeUserId: later }));
    expect(shown.comments.map((comment) => comment.body)).toEqual(['转专班人员办理']);
  });

  it('comments a cadre hand-over settled for a stopped process in the language of each reader', async () => {
    const enterpriseId = Number((await system.db('users').where({ username: 'ent05' }).first('enterprise_id')).enterprise_id);
    const submissionId = randomUUID();
    const filed = await (
      await as('ent05')
    ).request('POST', '/api/forms/difficulty-report/submissions', { submissionId, data: { category: 'funds', summary: '工资发放延迟' } });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const task = (await eventually(
      () => system.db('tasks').where({ submission_id: submissionId, status: 'open' }).first('id'),
      Boolean,
    )) as { id: string };
    const admin = await as('admin');
    const current = (await admin.request('GET', `/api/assignments?enterpriseId=${enterpriseId}`)).body.assignments[0];
    expect((await admin.request('DELETE', `/api/assignments/${current.id}`, { reason: '工作调整' })).status).toBe(204);
    const former = (await system.db('users').where({ id: current.cadreId }).first('username')).username as string;
    const next = former === 'cadre3' ? 'cadre2' : 'cadre3';
    const nextId = await userId(next);
    // The next cadre may be full (at most five): free a place first.
    const theirs = await system.db('cadre_assignments').where({ cadre_id: nextId }).whereNull('ended_at').select('id');
    if (theirs.length >= 5)
      expect((await admin.request('DELETE', `/api/assignments/${theirs[0].id}`, { reason: '腾出名额' })).status).toBe(204);
    // The process stops once the workflow took the hand-over: the assignment stands, the task row is not written yet.
    const assigned = await stopping(() => admin.request('POST', '/api/assignments', { cadreId: nextId, enterpriseId }));
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);

    expect(await settle()).toEqual({ accepted: 1, dropped: 0 });
    const inEnglish = await (await as(next, 'en')).request('GET', `/api/tasks/${encodeURIComponent(task.id)}`);
    expect(inEnglish.body.comments.map((comment: { body: string }) => comment.body)).toEqual([
      'The enterprise changed cadre; its tasks moved with it',
    ]);
    expect((await opened(next, task.id)).comments.map((comment) => comment.body)).toEqual(['包挂关系变更，待办随企业移交新的包挂干部']);
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
