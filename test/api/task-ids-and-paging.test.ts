// A client follows a case through the task API: it finds a submission's tasks, pages a tab with its total, and uses
// the ids it is given in every task route as they are — no `/`, nothing to URL-encode.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicId, storedIdCandidates } from '#core/domain/public-id';
import { eventually } from '#scripts/kit/eventually';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { ladderForm } from '#scripts/kit/ladder-definition';

const URL_SAFE = /^[A-Za-z0-9_-]+$/;

describe('public ids', () => {
  it.each([
    ['submission-6f1c/cadre', 'submission-6f1c_2Fcadre'],
    ['m-1/referral-2026-12-04T08:00:00.000Z', 'm-1_2Freferral-2026-12-04T08_3A00_3A00_2E000Z'],
    ['under_score', 'under_5Fscore'],
    ['plain-id-42', 'plain-id-42'],
    ['征集/一', '_E5_BE_81_E9_9B_86_2F_E4_B8_80'],
  ])('shows %s as %s and reads it back', (stored, shown) => {
    expect(publicId(stored)).toBe(shown);
    expect(shown).toMatch(URL_SAFE);
    expect(storedIdCandidates(shown)[0]).toBe(stored);
  });

  it('reads an old-style id as itself', () => {
    expect(storedIdCandidates('submission-6f1c/cadre')).toEqual(['submission-6f1c/cadre']);
  });
});

describe('the task API for a client', () => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  const submissions: string[] = [];
  let cadre1: number;

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    cadre1 = (await system.db('users').where({ username: 'cadre1' }).first('id')).id;
    const admin = await as('admin');
    expect(
      (await admin.request('PUT', '/api/admin/forms/api-ids/draft', { ...ladderForm('api-ids'), audience: ['enterprise'] })).status,
    ).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/api-ids/publish')).status).toBe(200);
    for (const summary of ['钢筋断供', '水泥断供', '砂石断供']) {
      const submissionId = randomUUID();
      const answer = await (await as('ent01')).request('POST', '/api/forms/api-ids/submissions', { submissionId, data: { summary } });
      expect(answer.status).toBe(202);
      submissions.push(submissionId);
    }
    await eventually(
      () => system.db('tasks').whereIn('submission_id', submissions).count({ n: '*' }).first(),
      (row) => Number(row?.n) === 3,
      60_000,
    );
  });
  afterAll(async () => {
    await system?.stop();
  });

  it("finds one submission's tasks, and only them", async () => {
    const hq = await as('hq');
    const answer = await hq.request('GET', `/api/tasks?box=all&submissionId=${submissions[1]}`);
    expect(answer.status).toBe(200);
    expect(answer.body.tasks.map((t: { submissionId: string }) => t.submissionId)).toEqual([submissions[1]]);
    expect(answer.body.page).toEqual({ limit: 50, offset: 0, total: 1 });
    expect((await hq.request('GET', `/api/tasks?box=all&submissionId=${randomUUID()}`)).body).toEqual({
      tasks: [],
      page: { limit: 50, offset: 0, total: 0 },
    });
  });

  it('pages a tab with the total of the whole tab, the pages adding up to it', async () => {
    const cadre = await as('cadre1');
    const filter = `box=mine&processType=ladder&assigneeUserId=${cadre1}&status=open`;
    const first = await cadre.request('GET', `/api/tasks?${filter}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.page).toEqual({ limit: 2, offset: 0, total: 3 });
    expect(first.body.tasks).toHaveLength(2);
    const second = await cadre.request('GET', `/api/tasks?${filter}&limit=2&offset=2`);
    expect(second.body.page).toEqual({ limit: 2, offset: 2, total: 3 });
    const ids = [...first.body.tasks, ...second.body.tasks].map((t: { submissionId: string }) => t.submissionId);
    expect(ids.sort()).toEqual([...submissions].sort());
    // The same tasks through the "all" tab of HQ, counted the same way.
    const all = await (await as('hq')).request('GET', `/api/tasks?box=all&${filter.replace('box=mine&', '')}&limit=1`);
    expect(all.body.page).toEqual({ limit: 1, offset: 0, total: 3 });
    // Filters narrow: no inspection tasks, none assigned to HQ.
    expect((await cadre.request('GET', '/api/tasks?box=mine&processType=inspection')).body.page.total).toBe(0);
    const hqId = (await system.db('users').where({ username: 'hq' }).first('id')).id;
    expect((await cadre.request('GET', `/api/tasks?box=mine&assigneeUserId=${hqId}`)).body.page.total).toBe(0);
  });

  it('refuses a bad limit or an unknown filter with a 422 naming it', async () => {
    const cadre = await as('cadre1');
    cadre.locale = 'en';
    const bad = await cadre.request('GET', '/api/tasks?limit=0');
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: 'invalid_body', message: 'Some fields need attention' });
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['?limit']);
    const unknown = await cadre.request('GET', '/api/tasks?box=someone-elses');
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.map((d: { path: string }) => d.path)).toEqual(['?box']);
    cadre.locale = 'zh-CN';
  });

  it('gives ids without `/` that every task route takes as they are', async () => {
    const cadre = await as('cadre1');
    const [task] = (await cadre.request('GET', `/api/tasks?box=mine&submissionId=${submissions[0]}`)).body.tasks;
    const stored = (await system.db('tasks').where({ submission_id: submissions[0] }).first('id')).id as string;
    expect(stored).toContain('/');
    expect(task.id).toMatch(URL_SAFE);
    expect(task.id).toBe(publicId(stored));
    expect(task.taskKey).toBe(stored);

    const path = `/api/tasks/${task.id}`;
    const detail = await cadre.request('GET', path);
    expect(detail.status).toBe(200);
    expect(detail.body.task).toMatchObject({ id: task.id, submissionId: submissions[0], status: 'open' });
    const timeline = await cadre.request('GET', `${path}/timeline`);
    expect(timeline.body.tasks.map((t: { id: string }) => t.id)).toEqual([task.id]);
    expect((await cadre.request('GET', `${path}/candidates`)).body.candidates.length).toBeGreaterThan(0);
    expect((await cadre.request('POST', `${path}/claim`)).body.task).toMatchObject({ id: task.id, status: 'claimed' });
    expect((await cadre.request('POST', `${path}/release`)).body.task).toMatchObject({ id: task.id, status: 'open' });
    expect((await cadre.request('POST', `${path}/comments`, { body: '已联系供应商' })).status).toBe(201);
    expect((await cadre.request('GET', path)).body.comments.map((c: { body: string }) => c.body)).toEqual(['已联系供应商']);
    const decided = await cadre.request('POST', `${path}/decide`, { action: 'resolve', data: {}, comment: '已解决' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.task).toMatchObject({ id: task.id, status: 'done' });
    // The audit log names the task as its workflow does.
    expect(await system.db('audit_log').where({ target_type: 'task', target_id: stored }).pluck('action')).toEqual(
      expect.arrayContaining(['task.claim', 'task.release', 'task.comment', 'task.decide']),
    );
    // An old-style URL, the stored id URL-encoded, still reads the task.
    expect((await cadre.request('GET', `/api/tasks/${encodeURIComponent(stored)}`)).body.task.id).toBe(task.id);
  });

  it('reassigns by the public id, and keeps the task out of reach of an enterprise', async () => {
    const hq = await as('hq');
    const [task] = (await hq.request('GET', `/api/tasks?box=all&submissionId=${submissions[2]}`)).body.tasks;
    const cadre2 = (await system.db('users').where({ username: 'cadre2' }).first('id')).id;
    const moved = await hq.request('POST', `/api/tasks/${task.id}/reassign`, { userId: cadre2, reason: '调整包挂' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.task).toMatchObject({ id: task.id, assigneeUserId: cadre2 });
    expect((await hq.request('GET', `/api/tasks?box=all&assigneeUserId=${cadre2}&submissionId=${submissions[2]}`)).body.page.total).toBe(1);
    const enterprise = await as('ent01');
    expect((await enterprise.request('GET', `/api/tasks/${task.id}`)).status).toBe(403);
  });
});
