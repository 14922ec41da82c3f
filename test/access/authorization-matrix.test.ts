// Every API route × every role (and no one) × own / other record: allowed or refused, as the table says.
// The test fails when the app serves a route the table does not list, so new routes must join it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { publishDraft, saveDraft } from '#core/stores/forms/form-admin-store';
import { ladderForm } from '#scripts/kit/ladder-definition';
import { arrival } from '#scripts/kit/eventually';
import { listRoutes } from '#web/server/route-list';
import { createApp } from '#web/server/create-app';
import { createLogger } from '#core/logger';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { gateQuarantines } from '../gate/gate-fixtures';
import { monitoredSubjects } from '../fixtures/worker-health-watch';
import { visitFixtures } from '../visits/visit-fixtures';
import { measureFixtures } from '../measures/measure-fixtures';
import { insertBulletin } from '../collections/bulletin-fixture';
import { insertCreditEntry } from '../credit/credit-fixture';
import { insertClosedPublicity, insertPublishedArticle } from '../notices/notice-fixture';

import {
  freshCreditCode,
  isAllowed,
  LOGIN,
  PERSONAS,
  type Persona,
  PNG,
  SHIPPED,
  TABLE,
  type Fixtures,
  type Scope,
} from '#scripts/kit/authorization-table';

/** Routes that change who the session is: each case of theirs gets a session of its own. */
const SIGNS_IN_OR_OUT = new Set(['POST /api/session', 'DELETE /api/session']);

describe('authorization matrix', () => {
  let system: RunningSystem;
  let fixtures: Fixtures;

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    const { db } = system;
    const other = await db('enterprises').where({ name: '齐鲁轨道交通建设投资有限公司' }).first();
    const own = await db('users').where({ username: 'ent01' }).first();
    const submit = async (username: string) => {
      const session = new HttpSession(system.baseUrl);
      await session.login(username, DEMO_PASSWORD);
      const answer = await session.request('POST', '/api/forms/liaison-designation/submissions', {
        submissionId: randomUUID(),
        data: { liaisonName: '赵六', mobile: '13700137000', email: 'zl@example.com' },
      });
      return answer.body.submission.id as string;
    };
    const upload = async (username: string) => {
      const session = new HttpSession(system.baseUrl);
      await session.login(username, DEMO_PASSWORD);
      return (await session.request('POST', '/api/uploads', PNG, { contentType: 'image/png' })).body.upload.id as string;
    };
    await saveDraft(db, ladderForm('matrix-ladder') as never, 'admin');
    await publishDraft(db, 'matrix-ladder');
    const newTask = async (scope: Scope) => {
      const username = scope === 'own' ? 'ent01' : 'ent06';
      const session = new HttpSession(system.baseUrl);
      await session.login(username, DEMO_PASSWORD);
      const submissionId = randomUUID();
      await session.request('POST', '/api/forms/matrix-ladder/submissions', { submissionId, data: { summary: '缺少钢筋' } });
      // The ladder's workflow writes the cadre's task through an activity a moment after the submission is accepted.
      const row = await arrival<{ id: string }>(
        () => db('tasks').where({ submission_id: submissionId }).first('id'),
        `a task for ${submissionId}`,
        15_000,
      );
      return row.id;
    };
    const [throwaway] = await db('users')
      .insert({ username: 'throwaway', display_name: '临时', role: 'hq', password_hash: 'x', created_at: new Date().toISOString() })
      .returning('id');
    const cadre3 = await db('users').where({ username: 'cadre3' }).first();
    const quarantine = await gateQuarantines(system);
    const admin = await db('users').where({ username: 'admin' }).first('id');
    const articleImage = await upload('ent01');
    const newArticle = () => insertPublishedArticle(db, own.enterprise_id, admin.id, articleImage);
    fixtures = {
      enterprise: { own: own.enterprise_id, other: other.id },
      project: {
        own: (await db('projects').where({ enterprise_id: own.enterprise_id }).first()).id,
        other: (await db('projects').where({ enterprise_id: other.id }).first()).id,
      },
      submission: { own: await submit('ent01'), other: await submit('ent06') },
      upload: { own: await upload('ent01'), other: await upload('ent06') },
      throwawayUserId: Number((throwaway as { id: number }).id),
      coordinationGroupId: (await db('working_groups').where({ key: 'coordination' }).first()).id,
      cadre1Id: (await db('users').where({ username: 'cadre1' }).first()).id,
      async newAssignment() {
        const [enterprise] = await db('enterprises')
          .insert({ name: '临时企业', credit_code: freshCreditCode(), type: 'construction', created_at: new Date().toISOString() })
          .returning('id');
        const [row] = await db('cadre_assignments')
          .insert({ cadre_id: cadre3.id, enterprise_id: (enterprise as { id: number }).id, assigned_at: new Date().toISOString() })
          .returning('id');
        return Number((row as { id: number }).id);
      },
      newTask,
      async newSavedFilter() {
        const [row] = await db('saved_filters').insert({ user_id: cadre3.id, name: randomUUID(), query: '{}' }).returning('id');
        return Number((row as { id: number }).id);
      },
      task: { own: await newTask('own'), other: await newTask('other') },
      quarantine,
      gateWorker: (
        await db('quarantines as q').join('workers as w', 'w.id', 'q.worker_id').where('q.id', quarantine.own).first('w.resident_id')
      ).resident_id,
      registerWorker: Number((await db('gate_checks').where({ id: quarantine.own }).first('worker_id')).worker_id),
      bulletinPath: await insertBulletin(db),
      ...(await robotFixtures(system.baseUrl, db)),
      ...(await webhookFixtures(system.baseUrl, db)),
      creditEntry: { own: await insertCreditEntry(db, own.enterprise_id), other: await insertCreditEntry(db, other.id) },
      closedNoticeId: await insertClosedPublicity(db),
      article: await newArticle(),
      newArticle,
      async newHotlineCall() {
        const [row] = await db('hotline_calls')
          .insert({
            caller_name: '矩阵来电',
            caller_mobile: '13912345678',
            enterprise_id: own.enterprise_id,
            category: 'other',
            problem: '矩阵测试来电内容',
            taken_by: cadre3.id,
            received_at: new Date().toISOString(),
            created_at: new Date().toISOString(),
          })
          .returning('id');
        return Number((row as { id: number }).id);
      },
      monitoredSubject: await monitoredSubjects(system),
      ...(await visitFixtures(db)),
      ...(await measureFixtures(db)),
      async newForm(published) {
        const key = `matrix-${randomUUID().slice(0, 8)}`;
        await saveDraft(db, { ...SHIPPED, key }, 'admin');
        if (published) await publishDraft(db, key);
        return key;
      },
    };
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('lists every route the app serves, and only those', () => {
    const app = createApp({ config: system.config, db: system.db, temporal: system.client, logger: createLogger('test', 'silent') });
    expect(Object.keys(TABLE).sort()).toEqual(listRoutes(app));
  });

  const cases = Object.entries(TABLE).flatMap(([route, entry]) =>
    PERSONAS.flatMap((persona) => (entry.scopes ?? ['own']).map((scope) => ({ route, entry, persona, scope: scope as Scope }))),
  );

  // One signed-in session per persona for the whole table (a sign-in is a deliberately slow password hash), and a
  // session of its own for the routes that sign in or out, so no other case runs as someone else or as no one.
  const sessions = new Map<Persona, Promise<HttpSession>>();
  async function newSession(persona: Persona): Promise<HttpSession> {
    const session = new HttpSession(system.baseUrl);
    if (persona === 'anonymous') session.csrfToken = (await session.request('GET', '/api/session')).body.csrfToken;
    else await session.login(LOGIN[persona], DEMO_PASSWORD);
    return session;
  }
  function sessionFor(persona: Persona, route: string): Promise<HttpSession> {
    if (SIGNS_IN_OR_OUT.has(route)) return newSession(persona);
    if (!sessions.has(persona)) sessions.set(persona, newSession(persona));
    return sessions.get(persona)!;
  }

  it.each(cases)('$route as $persona on $scope record', async ({ route, entry, persona, scope }) => {
    const session = await sessionFor(persona, route);
    const method = route.split(' ')[0]!;
    const answer = await session.request(method, await entry.path(fixtures, scope), entry.body?.(fixtures, scope), {
      contentType: entry.contentType,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
    if (isAllowed(entry, persona, scope)) {
      expect([401, 403, 404], `${route} should let ${persona} through: ${JSON.stringify(answer.body)}`).not.toContain(answer.status);
    } else {
      expect([401, 403, 404], `${route} should refuse ${persona} (${scope}): ${answer.status} ${JSON.stringify(answer.body)}`).toContain(
        answer.status,
      );
      if (persona === 'anonymous') expect(answer.status).toBe(401);
    }
  });
});

// A robot registered the way an admin does it, and some outbox row (a retry of which an admin is refused with 409).
async function robotFixtures(baseUrl: string, db: RunningSystem['db']): Promise<{ robotId: number; outboxId: number }> {
  const session = new HttpSession(baseUrl);
  await session.login('admin', DEMO_PASSWORD);
  const answer = await session.request('POST', '/api/admin/robots', {
    key: `matrix-fixture-${randomUUID().slice(0, 8)}`,
    name: '矩阵夹具机器人',
    channel: 'wecom-robot',
    audience: 'hq',
    webhook: 'fixture0123456789',
  });
  let row = await db('outbox').first('id');
  if (!row) {
    const [inserted] = await db('outbox')
      .insert({
        idempotency_key: `matrix/${randomUUID()}`,
        template: 'submission-received',
        locale: 'zh-CN',
        to_address: 'matrix@example.com',
        subject: 'matrix',
        text_body: 'matrix',
        html_body: '<p>matrix</p>',
        status: 'outbox',
        created_at: new Date().toISOString(),
      })
      .returning('id');
    row = inserted;
  }
  return { robotId: Number(answer.body.robot.id), outboxId: Number(typeof row === 'object' ? row.id : row) };
}

// A webhook subscription made the way an admin makes it, and a dead delivery of one event to it (which admin may retry).
async function webhookFixtures(baseUrl: string, db: RunningSystem['db']): Promise<{ webhookId: number; webhookDeliveryId: number }> {
  const session = new HttpSession(baseUrl);
  await session.login('admin', DEMO_PASSWORD);
  const answer = await session.request('POST', '/api/admin/webhooks', {
    name: '矩阵夹具订阅',
    url: 'https://hooks.example.org/matrix-fixture',
    kinds: ['case.settled'],
  });
  const webhookId = Number(answer.body.subscription.id);
  const at = new Date().toISOString();
  const [event] = await db('webhook_events')
    .insert({
      event_key: `matrix/${randomUUID()}`,
      public_id: randomUUID(),
      kind: 'case.settled',
      case_id: 'matrix',
      data: '{}',
      occurred_at: at,
      recorded_at: at,
    })
    .returning('id');
  const [delivery] = await db('webhook_deliveries')
    .insert({
      event_id: Number(typeof event === 'object' ? event.id : event),
      subscription_id: webhookId,
      case_id: 'matrix',
      status: 'dead',
      attempts: 10,
      created_at: at,
    })
    .returning('id');
  return { webhookId, webhookDeliveryId: Number(typeof delivery === 'object' ? delivery.id : delivery) };
}
