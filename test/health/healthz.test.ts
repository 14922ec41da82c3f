// /healthz tells a load balancer up or down per dependency, and how many workers poll the task queue; which checks fail
// and a short reason for each (never the error's text, which goes to the log). No worker is `degraded` but still 200:
// the web replica itself is healthy; `summary` names what is missing in the caller's language, and `?strict=1` (for a
// monitor) answers 503 for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_ANSWER_MAX_AGE_MS } from '#web/server/health/health-routes';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const SECRET_DETAIL = 'connect ECONNREFUSED 10.20.30.40:7233 (user fugong_admin)';

/** A Temporal that answers, with these worker identities polling both task types of the queue. */
const temporalWith = (identities: string[]) => ({
  workflowService: {
    getSystemInfo: async () => ({}),
    describeTaskQueue: async () => ({ pollers: identities.map((identity) => ({ identity })) }),
  },
});

describe('/healthz', () => {
  let up: BareApp;
  let idle: BareApp;
  let down: BareApp;
  beforeAll(async () => {
    up = await startBareApp({ temporal: temporalWith(['1234@worker-1', '5678@worker-2']) });
    idle = await startBareApp({ temporal: temporalWith([]) });
    down = await startBareApp({
      temporal: {
        workflowService: {
          getSystemInfo: async () => {
            throw new Error(SECRET_DETAIL);
          },
          describeTaskQueue: async () => {
            throw new Error(SECRET_DETAIL);
          },
        },
      },
    });
  });
  afterAll(async () => {
    await up?.stop();
    await idle?.stop();
    await down?.stop();
  });

  it('answers 200 ok with every dependency up, counting each worker process once', async () => {
    const response = await fetch(`${up.baseUrl}/healthz`);
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: {
        status: 'ok',
        summary: '全部正常：网页服务、应用数据库、Temporal 和工作进程（worker）都在运行',
        failing: [],
        db: { ok: true, state: 'up' },
        temporal: { ok: true, state: 'up' },
        workers: { ok: true, state: 'up', count: 2 },
      },
    });
  });

  it('answers 200 degraded when no worker polls the task queue, and logs it, so the web replica stays in rotation', async () => {
    const response = await fetch(`${idle.baseUrl}/healthz`);
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: {
        status: 'degraded',
        summary: '网页服务在运行，但没有工作进程（worker）处理任务队列，流程、提醒和邮件要等工作进程启动后才继续',
        failing: ['workers'],
        db: { ok: true, state: 'up' },
        temporal: { ok: true, state: 'up' },
        workers: {
          ok: false,
          state: 'down',
          count: 0,
          reason:
            'no worker polls the task queue (TEMPORAL_TASK_QUEUE): processes, reminders and email wait until one does; ' +
            'start a worker (npm run worker, or the worker service), or wait a few seconds after one starts',
        },
      },
    });
    const logged = idle.logLines
      .map((line) => JSON.parse(line))
      .find((line) => line.msg === 'health check: no worker polls the task queue');
    expect(logged).toMatchObject({ level: 40, taskQueue: idle.config.temporal.taskQueue });
  });

  it('says in English which part is missing when the caller asks for English', async () => {
    const response = await fetch(`${idle.baseUrl}/healthz`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    expect({ status: response.status, body: await response.json() }).toMatchObject({
      status: 200,
      body: {
        status: 'degraded',
        summary: 'The web service is up, but no worker polls the task queue, so processes, reminders and email wait until one starts',
      },
    });
  });

  it('answers 503 to a monitor asking ?strict=1 while no worker polls, and 200 once every check is ok', async () => {
    const idleAnswer = await fetch(`${idle.baseUrl}/healthz?strict=1&lang=en`);
    expect({ status: idleAnswer.status, body: await idleAnswer.json() }).toMatchObject({
      status: 503,
      body: { status: 'degraded', failing: ['workers'], workers: { ok: false, count: 0 } },
    });
    const upAnswer = await fetch(`${up.baseUrl}/healthz?strict=1&lang=en`);
    expect({ status: upAnswer.status, body: await upAnswer.json() }).toMatchObject({
      status: 200,
      body: { status: 'ok', summary: 'All up: the web service, the app database, Temporal and a worker are running', failing: [] },
    });
  });

  it('answers 503 naming the dependency that is down and why in words, without its error text, which the log keeps', async () => {
    const response = await fetch(`${down.baseUrl}/healthz`);
    const text = await response.text();
    expect({ status: response.status, body: JSON.parse(text) }).toEqual({
      status: 503,
      body: {
        status: 'degraded',
        summary: '网页服务在运行，但Temporal（TEMPORAL_ADDRESS）无法连接',
        failing: ['temporal', 'workers'],
        db: { ok: true, state: 'up' },
        temporal: {
          ok: false,
          state: 'down',
          reason: "Temporal (TEMPORAL_ADDRESS) does not answer; the web process's log has the details",
        },
        workers: { ok: false, state: 'down', count: null, reason: 'unknown while Temporal does not answer (see temporal.reason)' },
      },
    });
    expect(text).not.toContain('10.20.30.40');
    expect(text).not.toContain('ECONNREFUSED');
    const logged = down.logLines.map((line) => JSON.parse(line)).find((line) => line.msg === 'health check: dependency down');
    expect(logged).toMatchObject({ level: 40, dependency: 'temporal', err: { message: SECRET_DETAIL } });
  });
});

describe('/healthz under a flood of anonymous callers', () => {
  let app: BareApp;
  let clock = Date.parse('2031-01-06T08:00:00Z');
  let temporalUp = true;
  const calls = { systemInfo: 0, taskQueue: 0, database: 0 };
  const answering = async <T>(value: T) => {
    if (!temporalUp) throw new Error(SECRET_DETAIL);
    return value;
  };
  beforeAll(async () => {
    app = await startBareApp({
      now: () => new Date(clock),
      temporal: {
        workflowService: {
          getSystemInfo: async () => (calls.systemInfo++, answering({})),
          describeTaskQueue: async () => (calls.taskQueue++, answering({ pollers: [{ identity: '1234@worker-1' }] })),
        },
      },
    });
    app.db.on('query', (query: { sql: string }) => void (query.sql === 'select 1' && calls.database++));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const ask = async () => {
    const response = await fetch(`${app.baseUrl}/healthz`);
    return { status: response.status, body: await response.json() };
  };
  const counted = () => ({ ...calls });

  it('answers 40 parallel callers from one check: one database statement and three Temporal calls', async () => {
    const before = counted();
    const answers = await Promise.all(Array.from({ length: 40 }, ask));
    for (const answer of answers)
      expect(answer).toEqual({
        status: 200,
        body: {
          status: 'ok',
          summary: '全部正常：网页服务、应用数据库、Temporal 和工作进程（worker）都在运行',
          failing: [],
          db: { ok: true, state: 'up' },
          temporal: { ok: true, state: 'up' },
          workers: { ok: true, state: 'up', count: 1 },
        },
      });
    expect(counted()).toEqual({ systemInfo: before.systemInfo + 1, taskQueue: before.taskQueue + 2, database: before.database + 1 });
  });

  it('reports Temporal down once the last answer is older than the interval, checking again once for everyone', async () => {
    temporalUp = false;
    clock += HEALTH_ANSWER_MAX_AGE_MS;
    const before = counted();
    const answers = await Promise.all(Array.from({ length: 10 }, ask));
    for (const answer of answers)
      expect(answer).toEqual({
        status: 503,
        body: expect.objectContaining({
          status: 'degraded',
          failing: ['temporal', 'workers'],
          temporal: expect.objectContaining({ ok: false }),
        }),
      });
    expect(counted()).toEqual({ systemInfo: before.systemInfo + 1, taskQueue: before.taskQueue + 2, database: before.database + 1 });
    const logged = app.logLines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'health check: dependency down');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 40, dependency: 'temporal', err: { message: SECRET_DETAIL } });
  });

  it('reports Temporal up again after the next interval, not before', async () => {
    temporalUp = true;
    clock += HEALTH_ANSWER_MAX_AGE_MS - 1;
    expect((await ask()).status).toBe(503);
    clock += 1;
    expect((await ask()).status).toBe(200);
  });
});
