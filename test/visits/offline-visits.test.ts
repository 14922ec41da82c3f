// Visits made without signal and synced later (issue 23): the visit route takes a device-made id, the device time and
// the definition version beside the form data. Sent twice — or twice at once — it records one visit and opens one
// difficulty report; someone else's id is refused without a word about it; a definition published meanwhile does not
// touch a queued visit; a device clock far off is flagged while the server's time decides.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '#core/domain/working-calendar';
import { eventually } from '#scripts/kit/eventually';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const DAY = 86_400_000;

describe.each(testDatabases())('offline visits on $name', (database) => {
  let system: RunningSystem;
  let own: number;
  let today: string;
  const as = signedInOnce(() => system.baseUrl);
  const queued = (extra: Record<string, unknown> = {}) => ({
    clientId: randomUUID(),
    deviceTime: new Date(Date.now() - 3_600_000).toISOString().replace('Z', '+00:00'),
    formVersion: 1,
    enterpriseId: own,
    visitedOn: today,
    peopleMet: '项目经理 王五',
    opinionsCount: 1,
    opinions: '希望协调防疫物资',
    problems: [
      { kind: 'solved', description: '现场讲解复工指引' },
      { kind: 'coordinate', category: 'epidemic_supplies', description: '消毒液缺口 200 升' },
    ],
    ...extra,
  });
  const audits = (action: string, targetId: string | number) =>
    system
      .db('audit_log')
      .where({ action, target_id: String(targetId) })
      .count('* as n')
      .first()
      .then((row) => Number(row?.n));

  beforeAll(async () => {
    system = await startSystem(database);
    own = (await system.db('users').where({ username: 'ent01' }).first()).enterprise_id;
    today = localDate(Date.now(), system.config.timeZone);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('checks the offline fields when present, at their paths, in Chinese and in English', async () => {
    const bad = { clientId: 'not-a-uuid', deviceTime: '2026-02-10 08:30', formVersion: 0 };
    const zh = await (await as('cadre1')).request('POST', '/api/visits', queued(bad));
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([
      { path: '/clientId', message: '应为设备生成的 UUID（第 4 版）' },
      { path: '/deviceTime', message: '应为带时区的时间，例如 2026-02-10T08:30:00+08:00' },
      { path: '/formVersion', message: '应为正整数的表单版本号' },
    ]);
    const en = await (await as('cadre1', 'en')).request('POST', '/api/visits', queued({ deviceTime: '2026-02-10T08:30:00' }));
    expect(en.status).toBe(422);
    expect(en.body.error.details).toEqual([
      { path: '/deviceTime', message: 'must be a time with its offset, e.g. 2026-02-10T08:30:00+08:00' },
    ]);
    // A v1 UUID is not one a device made for this purpose.
    const v1 = await (await as('cadre1')).request('POST', '/api/visits', queued({ clientId: 'a8098c1a-f86e-11da-bd1a-00112444be1e' }));
    expect(v1.body.error.details).toEqual([{ path: '/clientId', message: '应为设备生成的 UUID（第 4 版）' }]);
    expect(await system.db('visits').where({ client_id: 'a8098c1a-f86e-11da-bd1a-00112444be1e' }).first()).toBeUndefined();
  });

  it('answers a repeat with the first visit and replayed: true, and records nothing twice', async () => {
    const cadre = await as('cadre1');
    const item = queued();
    const first = await cadre.request('POST', '/api/visits', item);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.replayed).toBeUndefined();
    expect(first.body.visit).toMatchObject({
      enterpriseId: own,
      formVersion: 1,
      offline: { deviceTime: item.deviceTime, clockSkewed: false, receivedAt: expect.any(String) },
    });
    const again = await cadre.request('POST', '/api/visits', item);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ replayed: true, visit: { id: first.body.visit.id, offline: first.body.visit.offline } });
    expect((await system.db('visits').where({ client_id: item.clientId })).length).toBe(1);
    expect(await audits('visit.create', first.body.visit.id)).toBe(1);
    // An online visit (no offline fields) is recorded as before.
    const online = await cadre.request('POST', '/api/visits', {
      ...queued(),
      clientId: undefined,
      deviceTime: undefined,
      formVersion: undefined,
    });
    expect(online.status).toBe(201);
    expect(online.body.visit.offline).toBeNull();
  });

  it("refuses someone else's client id without saying what it named", async () => {
    const item = queued();
    const first = await (await as('cadre1')).request('POST', '/api/visits', item);
    expect(first.status).toBe(201);
    const stranger = await (await as('cadre2')).request('POST', '/api/visits', { ...item, problems: [] });
    expect(stranger.status).toBe(409);
    expect(stranger.body).toEqual({
      error: { code: 'client_id_taken', message: '这条离线记录的编号已被使用，请重新填写后再提交', details: [] },
    });
    expect((await system.db('visits').where({ client_id: item.clientId })).length).toBe(1);
  });

  it('opens one difficulty report when the same visit is sent twice at once', async () => {
    const cadre = await as('cadre1');
    const item = queued({ fileProblems: true });
    const answers = await Promise.all([cadre.request('POST', '/api/visits', item), cadre.request('POST', '/api/visits', item)]);
    expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body))).toEqual([200, 201]);
    const [a, b] = answers.map((answer) => answer.body);
    expect(a.visit.id).toBe(b.visit.id);
    expect(a.filed).toHaveLength(1);
    expect(b.filed).toEqual(a.filed);
    const visits = await system.db('visits').where({ client_id: item.clientId });
    expect(visits).toHaveLength(1);
    expect(Number(visits[0].filed_count)).toBe(1);
    const submissionId = a.filed[0].submissionId as string;
    const problems = await system.db('visit_problems').where({ visit_id: visits[0].id, kind: 'coordinate' });
    expect(problems.map((p) => p.submission_id)).toEqual([submissionId]);
    expect((await system.db('submissions').where({ id: submissionId })).map((row) => row.form_key)).toEqual(['difficulty-report']);
    expect(await audits('visit.problem-filed', visits[0].id)).toBe(1);
    expect(await audits('visit.create', visits[0].id)).toBe(1);
    // Its ladder opens once, at the cadre's inbox.
    const tasks = await eventually(
      () => system.db('tasks').where({ submission_id: submissionId }),
      (rows) => rows.length > 0,
    );
    expect(tasks).toHaveLength(1);
    // A third sending, after the report is open, answers the same and files nothing more.
    const third = await cadre.request('POST', '/api/visits', item);
    expect(third.body).toMatchObject({ replayed: true, filed: a.filed });
    expect(await audits('visit.problem-filed', visits[0].id)).toBe(1);
  });

  it('lets the server clock decide and flags a device clock far off, keeping the device time', async () => {
    const cadre = await as('cadre1');
    const ahead = queued({ deviceTime: new Date(Date.now() + 3 * DAY).toISOString() });
    const aheadAnswer = await cadre.request('POST', '/api/visits', ahead);
    expect(aheadAnswer.status).toBe(201);
    expect(aheadAnswer.body.visit.offline).toMatchObject({ deviceTime: ahead.deviceTime, clockSkewed: true });
    expect(Date.parse(aheadAnswer.body.visit.offline.receivedAt)).toBeLessThan(Date.parse(ahead.deviceTime));
    expect(Date.parse(aheadAnswer.body.visit.createdAt)).toBeLessThan(Date.parse(ahead.deviceTime));
    // Four days behind is past the visit log's queue limit (72 hours when it sets none): a wrong clock.
    const behind = queued({ deviceTime: new Date(Date.now() - 4 * DAY).toISOString() });
    expect((await cadre.request('POST', '/api/visits', behind)).body.visit.offline).toMatchObject({ clockSkewed: true });
    expect((await system.db('visits').where({ client_id: behind.clientId }).first()).clock_skewed).toBeTruthy();
    // A visit dated by a device three days ahead is in the server's future: refused at its field, not stored.
    const dated = queued({ deviceTime: ahead.deviceTime, visitedOn: localDate(Date.now() + 3 * DAY, system.config.timeZone) });
    const refused = await cadre.request('POST', '/api/visits', dated);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([{ path: '/visitedOn', message: '走访日期不能晚于今天' }]);
    expect(await system.db('visits').where({ client_id: dated.clientId }).first()).toBeUndefined();
  });

  it('checks and stores a queued visit with the version it was made with when a new one is published meanwhile', async () => {
    const admin = await as('admin');
    const published = (await admin.request('GET', '/api/admin/forms/visit-log')).body.versions[0];
    const draft = structuredClone(published);
    draft.schema.properties.weather = { type: 'string', title: '天气', maxLength: 20 };
    draft.schema.required = [...draft.schema.required, 'weather'];
    draft.uiSchema['ui:order'].push('weather');
    Object.assign(draft.i18n.en, { '/weather': 'Weather' });
    expect((await admin.request('PUT', '/api/admin/forms/visit-log/draft', draft)).status).toBe(200);
    const publish = await admin.request('POST', '/api/admin/forms/visit-log/publish');
    expect(publish.status, JSON.stringify(publish.body)).toBe(200);
    const newest = publish.body.version as number;
    expect(newest).toBeGreaterThan(1);

    const cadre = await as('cadre1');
    const made = await cadre.request('POST', '/api/visits', queued({ formVersion: 1 }));
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.visit.formVersion).toBe(1);
    // Without the version, the newest applies: its new required field is asked for.
    const plain = await cadre.request('POST', '/api/visits', { ...queued(), formVersion: undefined });
    expect(plain.status).toBe(422);
    expect(plain.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/weather']);
    const current = await cadre.request('POST', '/api/visits', queued({ formVersion: newest, weather: '晴' }));
    expect(current.body.visit.formVersion).toBe(newest);
    // A version never published is no version to check against.
    const unknown = await cadre.request('POST', '/api/visits', queued({ formVersion: newest + 5 }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toEqual([{ path: '/formVersion', message: '没有这个版本的走访记录表单' }]);
  });
});
