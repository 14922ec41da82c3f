// An id beyond what an id column holds (2147483647: they are 32-bit on PostgreSQL) names no record: it is answered as
// any unknown id — 404 in a path, 422 at its field in a query or a body — never as a server error (PostgreSQL refused
// the query, and the caller read 服务器内部错误 / a 500).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const BEYOND = 2_147_483_648;

/** Paths naming a record by an id beyond the column's range, and the words of the 404 each answers. */
const PATHS: [user: string, method: string, path: string, body: unknown, message: string][] = [
  ['admin', 'GET', `/api/enterprises/${BEYOND}`, undefined, '记录不存在'],
  ['admin', 'GET', `/api/enterprises/2147483647`, undefined, '企业不存在'],
  ['ent01', 'GET', `/api/projects/${BEYOND}/officers`, undefined, '记录不存在'],
  ['cadre1', 'PATCH', `/api/measures/${BEYOND}`, { responsible: '接替人' }, '记录不存在'],
  ['hq', 'GET', `/api/visits/${BEYOND}`, undefined, '记录不存在'],
  ['cadre1', 'DELETE', `/api/saved-filters/${BEYOND}`, undefined, '记录不存在'],
  ['admin', 'POST', `/api/outbox/${BEYOND}/retry`, undefined, '发件箱里没有这条消息'],
  ['admin', 'PUT', `/api/admin/robots/${BEYOND}`, { name: '机器人' }, '没有这个群机器人'],
  ['admin', 'GET', `/api/users/${BEYOND}/notification-preferences`, undefined, '没有这个用户'],
  ['gate1', 'GET', `/api/gate/register/workers/${BEYOND}`, undefined, '本工地的人员记录不存在'],
];

/** Queries and bodies carrying such an id, and the field each 422 names. */
const FIELDS: [user: string, method: string, path: string, body: unknown, field: string][] = [
  ['ent01', 'GET', `/api/submissions?enterpriseId=${BEYOND}`, undefined, '?enterpriseId'],
  ['cadre1', 'GET', `/api/tasks?box=all&assigneeUserId=${BEYOND}`, undefined, '?assigneeUserId'],
  ['hq', 'GET', `/api/visits?enterpriseId=${BEYOND}`, undefined, '?enterpriseId'],
  ['hq', 'GET', `/api/gate/register?projectId=${BEYOND}`, undefined, '?projectId'],
  ['admin', 'POST', '/api/assignments', { cadreId: BEYOND, enterpriseId: 1 }, '/cadreId'],
  ['admin', 'PATCH', '/api/users/3', { enterpriseId: BEYOND }, '/enterpriseId'],
  ['admin', 'PUT', '/api/difficulty-categories/other', { workingGroupId: BEYOND }, '/workingGroupId'],
  ['ent01', 'POST', '/api/projects', { enterpriseId: BEYOND, name: '新项目', status: 'ready' }, '/enterpriseId'],
];

/** A gate check as a phone sends it, naming the gate-check version it was made with. */
const gateCheck = (formVersion: number) => ({
  clientId: randomUUID(),
  formVersion,
  data: {
    residentId: freshResidentId(),
    name: '劝返人员',
    channel: 'freight',
    certificate: 'none',
    steps: ['certificate'],
    riskFlag: false,
  },
});
const visit = (formVersion: number) => ({ clientId: randomUUID(), formVersion, visitedOn: '2026-02-10', peopleMet: '项目经理' });

/** Items a device queued naming a form version no version column holds (2^40, or 1e308: a whole number to JSON), and
 * the refusal each gets: the one a version that does not exist gets. */
const VERSIONS: [user: string, path: string, body: unknown, error: Record<string, unknown>][] = [
  ['gate1', '/api/gate/checks', gateCheck(2 ** 40), { code: 'unknown_form_version', details: [] }],
  ['gate1', '/api/gate/checks', gateCheck(1e308), { code: 'unknown_form_version', details: [] }],
  [
    'cadre1',
    '/api/visits',
    visit(2 ** 40),
    { code: 'invalid_body', details: [{ path: '/formVersion', message: '没有这个版本的走访记录表单' }] },
  ],
  [
    'cadre1',
    '/api/visits',
    visit(1e308),
    { code: 'invalid_body', details: [{ path: '/formVersion', message: '没有这个版本的走访记录表单' }] },
  ],
];

describe.each(testDatabases())('ids beyond an id column on $name', (database) => {
  let app: BareApp;
  const sessions = new Map<string, HttpSession>();
  const as = async (username: string) => {
    if (!sessions.has(username)) {
      const session = new HttpSession(app.baseUrl);
      await session.login(username, DEMO_PASSWORD);
      sessions.set(username, session);
    }
    return sessions.get(username)!;
  };

  beforeAll(async () => {
    app = await startBareApp({ database });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(PATHS)('%s: %s %s is not found', async (username, method, path, body, message) => {
    const answer = await (await as(username)).request(method, path, body);
    expect(answer.body.error, JSON.stringify(answer.body)).toMatchObject({ code: 'not_found', message });
    expect(answer.status).toBe(404);
  });

  it.each(FIELDS)('%s: %s %s is refused at its field', async (username, method, path, body, field) => {
    const answer = await (await as(username)).request(method, path, body);
    expect(answer.body.error, JSON.stringify(answer.body)).toMatchObject({ code: 'invalid_body', details: [{ path: field }] });
    expect(answer.status).toBe(422);
  });

  it.each(VERSIONS)(
    '%s: POST %s naming a version beyond the column is refused as an unknown version',
    async (username, path, body, error) => {
      const answer = await (await as(username)).request('POST', path, body);
      expect(answer.body.error, JSON.stringify(answer.body)).toMatchObject(error);
      expect(answer.status).toBe(422);
    },
  );
});
