// The visit log (P7) over HTTP: a cadre records visits to its own enterprises only, each reader sees its scope, and a
// problem taken away becomes a difficulty report whose ladder starts in that cadre's inbox, filed once however often asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '#scripts/kit/eventually';
import { signedIn } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

describe('visit log', () => {
  let system: RunningSystem;
  let own: number;
  let other: number;
  const as = (username: string) => signedIn(system.baseUrl, username);
  const visit = (enterpriseId: number, extra: Record<string, unknown> = {}) => ({
    enterpriseId,
    visitedOn: '2026-02-10',
    peopleMet: '项目经理 张三',
    opinionsCount: 2,
    opinions: '希望协调口罩；希望加快审批',
    problems: [
      { kind: 'solved', description: '现场讲解复工指引' },
      { kind: 'coordinate', category: 'epidemic_supplies', description: '口罩缺口 2000 只' },
    ],
    ...extra,
  });

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    own = (await system.db('users').where({ username: 'ent01' }).first()).enterprise_id;
    other = (await system.db('users').where({ username: 'ent06' }).first()).enterprise_id;
  });
  afterAll(async () => {
    await system?.stop();
  });

  it("records a visit with its problems for one of the cadre's enterprises, and refuses anyone else's", async () => {
    const cadre = await as('cadre1');
    const created = await cadre.request('POST', '/api/visits', visit(own));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.visit).toMatchObject({ enterpriseId: own, opinionsCount: 2, solvedCount: 1, coordinateCount: 1, formVersion: 1 });
    expect(created.body.visit.problems.map((p: { kind: string }) => p.kind)).toEqual(['solved', 'coordinate']);
    expect((await cadre.request('POST', '/api/visits', visit(other))).status).toBe(404);
    expect((await (await as('hq')).request('POST', '/api/visits', visit(own))).status).toBe(403);
  });

  it('says which field is wrong: a future date, a problem to coordinate without a category', async () => {
    const cadre = await as('cadre1');
    const future = await cadre.request('POST', '/api/visits', visit(own, { visitedOn: '2999-01-01' }));
    expect(future.status).toBe(422);
    expect(future.body.error.details[0].path).toBe('/visitedOn');
    const uncategorised = await cadre.request(
      'POST',
      '/api/visits',
      visit(own, { problems: [{ kind: 'coordinate', description: '资金周转困难' }] }),
    );
    expect(uncategorised.status).toBe(422);
    expect(uncategorised.body.error.details).toEqual([{ path: '/problems/0/category', message: '带回协调的问题请选择问题类别' }]);
  });

  it('shows an enterprise the visits made to it, and HQ all of them', async () => {
    const cadre2 = await as('cadre2');
    expect((await cadre2.request('POST', '/api/visits', visit(other))).status).toBe(201);
    const enterprise = (await (await as('ent01')).request('GET', '/api/visits')).body.visits as { enterpriseId: number }[];
    expect(enterprise.length).toBeGreaterThan(0);
    expect(enterprise.every((v) => v.enterpriseId === own)).toBe(true);
    const hq = (await (await as('hq')).request('GET', '/api/visits')).body.visits as { enterpriseId: number }[];
    expect(new Set(hq.map((v) => v.enterpriseId))).toEqual(new Set([own, other]));
    expect((await (await as('gate1')).request('GET', '/api/visits')).status).toBe(403);
  });

  it("files a problem taken away as the enterprise's difficulty report, once, with its ladder at the cadre", async () => {
    const cadre = await as('cadre1');
    const created = (await cadre.request('POST', '/api/visits', visit(own))).body.visit;
    const problem = created.problems.find((p: { kind: string }) => p.kind === 'coordinate');
    const path = `/api/visits/${created.id}/problems/${problem.id}/difficulty`;
    const first = await cadre.request('POST', path, {});
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const again = await cadre.request('POST', path, {});
    expect(again.status).toBe(200);
    expect(again.body.submissionId).toBe(first.body.submissionId);
    expect(Number((await system.db('visits').where({ id: created.id }).first()).filed_count)).toBe(1);
    const stored = await system.db('submissions').where({ id: first.body.submissionId }).first();
    expect(stored).toMatchObject({ form_key: 'difficulty-report', enterprise_id: own });
    expect(JSON.parse(stored.data)).toMatchObject({ category: 'epidemic_supplies', summary: expect.stringContaining('口罩缺口 2000 只') });
    // The visit's day as people read dates, not as ISO.
    expect(JSON.parse(stored.data).summary).toMatch(/^【2026年2月10日 走访带回】/);
    const cadre1 = await system.db('users').where({ username: 'cadre1' }).first('id');
    // The ladder's workflow writes the cadre's task through an activity a moment after the report is filed.
    const task = await eventually<{ step: string; assignee_user_id: number } | undefined>(
      () => system.db('tasks').where({ submission_id: first.body.submissionId }).first(),
      Boolean,
      15_000,
      100,
    );
    expect(task).toMatchObject({ step: 'cadre', assignee_user_id: cadre1.id });
    const shown = (await (await as('ent01')).request('GET', `/api/visits/${created.id}`)).body.visit;
    expect(shown.problems.find((p: { id: number }) => p.id === problem.id).submissionId).toBe(first.body.submissionId);
    const solved = created.problems.find((p: { kind: string }) => p.kind === 'solved');
    expect((await cadre.request('POST', `/api/visits/${created.id}/problems/${solved.id}/difficulty`, {})).status).toBe(409);
  });
});
