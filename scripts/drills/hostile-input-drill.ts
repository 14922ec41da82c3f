// Hostile input: a property-based fuzzer (fast-check) against every API route the app declares (found at run time
// with listRoutes, so later routes are covered too) as every role, and every shipped form's submission. No 5xx, no
// crash, no hang; every refusal a 4xx with `{ error: { code, message } }`; no 2xx where the authorization matrix
// (scripts/kit/authorization-table.ts) refuses the role; hostile strings in emails stay text.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { readShippedForms } from '#forms/shipped-forms';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { listRoutes } from '#web/server/route-list';
import { refusedOutright } from '../kit/authorization-table';
import { createSession } from '#core/stores/session-store';
import { checkEmailTemplates, checkOutbox } from './email-text-check';
import { hostileCase, type CaseWorld, type HostileRequest } from './hostile-cases';
import {
  countOf,
  inParallel,
  isClearRefusal,
  openDrillDb,
  startDrillSystem,
  until,
  type DrillContext,
  type DrillSystem,
} from './drill-kit';
import { verdict, type DrillResult } from './drill-result';
import { servedRoute } from './served-route';

/** Scale of the hostile-input drill. */
export interface HostileOptions {
  cases: number;
  seed?: number;
  concurrency?: number;
}

/** A case that broke a rule, kept for the report. */
export interface HostileFailure {
  why: string;
  request: HostileRequest;
  status: number;
  answer: string;
}

const BATCH = 250;
const ROLE_USERS: Record<string, string> = { admin: 'admin', hq: 'hq', cadre: 'cadre1', enterprise: 'ent01', gate: 'gate1' };

/** Per role: the headers of a fresh session (cookie and CSRF token); anonymous callers double-submit a CSRF cookie. */
async function mintSessions(system: DrillSystem): Promise<Map<string, { cookie: string; csrf: string }>> {
  const sessions = new Map<string, { cookie: string; csrf: string }>([
    ['anonymous', { cookie: 'fugong_csrf=anon-token', csrf: 'anon-token' }],
  ]);
  const special = await system.db('users').where({ role: 'special_class' }).first('username');
  for (const [role, username] of Object.entries({ ...ROLE_USERS, special_class: special?.username as string })) {
    const user = await system.db('users').where({ username }).first('id');
    const { token, csrfToken } = await createSession(system.db, Number(user.id), new Date());
    sessions.set(role, { cookie: `fugong_session=${token}; fugong_csrf=${csrfToken}`, csrf: csrfToken });
  }
  return sessions;
}

/** Undoes what fuzzed admin calls may have changed that later cases rely on: users' roles and activity, published forms. */
async function restorer(system: DrillSystem): Promise<() => Promise<void>> {
  const users = await system.db('users').select('id', 'role', 'active', 'enterprise_id', 'working_group_id', 'project_id');
  const forms = await system.db('form_definitions').select('id', 'status');
  return async () => {
    for (const user of users) await system.db('users').where({ id: user.id }).update(user);
    await system
      .db('form_definitions')
      .whereNotIn(
        'id',
        forms.map((f) => f.id),
      )
      .where({ status: 'published' })
      .update({ status: 'retired' });
    for (const form of forms) await system.db('form_definitions').where({ id: form.id }).update({ status: form.status });
  };
}

/** Real ids and keys for route parameters, so cases reach records as well as refusals. */
async function knownValues(system: DrillSystem): Promise<Record<string, string[]>> {
  const { db } = system;
  const pluck = async (table: string, column = 'id') => (await db(table).limit(20).pluck(column)).map(String);
  const tasks = await pluck('tasks');
  const submissions = await pluck('submissions');
  return {
    id: [...(await pluck('users')), ...(await pluck('enterprises')), ...tasks, ...submissions, ...(await pluck('projects'))],
    key: [...readShippedForms().map((f) => f.key), 'materials', 'coordination'],
    formKey: readShippedForms().map((f) => f.key),
    name: createTemplateRenderer('Asia/Shanghai').names(),
    locale: ['zh-CN', 'en'],
    date: ['2026-11-23', '2026-10-01', '2026-02-29'],
    kind: ['enterprises', 'users', 'assignments', 'projects'],
    residentId: ['370102199001011234', '11010519491231002X'],
    any: [randomUUID()],
  };
}

async function send(baseUrl: string, request: HostileRequest, session: { cookie: string; csrf: string } | undefined) {
  const headers: Record<string, string> = { 'accept-language': request.locale };
  if (session) headers.cookie = session.cookie;
  if (request.csrf === 'valid' && session) headers['x-csrf-token'] = session.csrf;
  if (request.csrf === 'wrong') headers['x-csrf-token'] = 'wrong-token';
  if (request.body?.contentType) headers['content-type'] = request.body.contentType;
  if (request.body?.contentEncoding) headers['content-encoding'] = request.body.contentEncoding;
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers,
    body: request.body?.body as BodyInit | undefined,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text,
    requestId: response.headers.get('x-request-id') ?? '',
  };
}

/** The rule every answer must keep; a reason when it did not (exported for its own test). */
export function brokenRule(
  request: HostileRequest,
  answer: { status: number; type: string; text: string },
  routes: string[],
): string | null {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status >= 200 && answer.status < 300 && request.method !== 'OPTIONS') {
    const route = servedRoute(routes, request.method, request.path);
    if (route && refusedOutright(route, request.role))
      return `answered ${answer.status} to ${request.role} on ${route}, which the authorization matrix refuses`;
  }
  if (answer.type.includes('text/html') && answer.text.includes('<script>alert("fugong")')) return 'reflected raw markup in HTML';
  // Outside /api the app serves the web app; only API refusals promise a JSON error. The path is taken as sent:
  // fetch resolves dot segments, %2e%2e included, so /api/x/%2e%2e/%2e%2e arrives as /.
  if (answer.status < 400 || request.method === 'HEAD' || !new URL(request.path, 'http://drill').pathname.startsWith('/api/')) return null;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `refused with ${answer.status} without a JSON error`;
  }
  return isClearRefusal(body) ? null : `refused with ${answer.status} without a clear message`;
}

/** What the cases came to: counts per kind, statuses, and the first failures in detail. */
interface Tally {
  api: number;
  forms: number;
  accepted: number;
  apiFailures: number;
  formFailures: number;
  statuses: Map<number, number>;
  failures: HostileFailure[];
}

/** Sends one case and records its outcome in `tally`. */
async function runCase(
  system: DrillSystem,
  request: HostileRequest,
  session: { cookie: string; csrf: string } | undefined,
  tally: Tally,
  routes: string[],
): Promise<void> {
  const isForm = request.target.startsWith('form ');
  if (isForm) tally.forms++;
  else tally.api++;
  let why: string | null;
  let answer = { status: 0, type: '', text: '', requestId: '' };
  try {
    answer = await send(system.baseUrl, request, session);
    why = brokenRule(request, answer, routes);
  } catch (error) {
    why = `no answer: ${(error as Error).message}`;
  }
  tally.statuses.set(answer.status, (tally.statuses.get(answer.status) ?? 0) + 1);
  if (isForm && answer.status === 202) tally.accepted++;
  if (!why) return;
  if (isForm) tally.formFailures++;
  else tally.apiFailures++;
  const body = request.body && { ...request.body, body: String(request.body.body).slice(0, 300) };
  if (tally.failures.length < 50)
    tally.failures.push({
      why,
      request: { ...request, body },
      status: answer.status,
      answer: system.serverErrors.get(answer.requestId) ?? answer.text.slice(0, 300),
    });
}

/** Real records first (three difficulty reports and their tasks), then what the generator may aim at. */
async function prepareWorld(system: DrillSystem): Promise<CaseWorld> {
  const ent = (await mintSessions(system)).get('enterprise')!;
  for (let i = 0; i < 3; i++) {
    const body = JSON.stringify({ submissionId: randomUUID(), data: { category: 'funds', summary: '资金周转困难需要协调' } });
    await send(
      system.baseUrl,
      {
        target: 'seed',
        role: 'enterprise',
        method: 'POST',
        path: '/api/forms/difficulty-report/submissions',
        csrf: 'valid',
        locale: 'zh-CN',
        body: { contentType: 'application/json', body, label: 'seed' },
      },
      ent,
    );
  }
  await until(async () => (await countOf(system.db('tasks'))) >= 3, 60_000, 'seed tasks').catch(() => undefined);
  return {
    routes: listRoutes(system.app),
    roles: ['anonymous', 'admin', 'hq', 'special_class', 'cadre', 'enterprise', 'gate'],
    forms: readShippedForms(),
    known: await knownValues(system),
  };
}

/** The three summary rows: API routes, forms, emails. */
async function report(
  system: DrillSystem,
  world: CaseWorld,
  tally: Tally,
  seed: number,
  crashes: string[],
  detail: number,
): Promise<DrillResult[]> {
  const alive = await fetch(`${system.baseUrl}/healthz`)
    .then((r) => r.ok)
    .catch(() => false);
  const templates = checkEmailTemplates();
  const outbox = await checkOutbox(system.db);
  const statuses = [...tally.statuses]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  const failureNotes = tally.failures
    .slice(0, detail)
    .map(
      (f) =>
        `${f.why}: ${f.request.method} ${f.request.path.slice(0, 120)} as ${f.request.role} (${f.request.body?.label ?? 'no body'}) → ${f.answer.slice(0, 400)}`,
    );
  return [
    verdict({
      drill: 'hostile-input/api',
      measured: `${tally.api} cases over ${world.routes.length} routes × ${world.roles.length} roles (seed ${seed})`,
      lost: null,
      doubled: null,
      errors: tally.apiFailures + crashes.length + (alive ? 0 : 1),
      notes: [`statuses: ${statuses}`, ...failureNotes, ...crashes.slice(0, 3)],
    }),
    verdict({
      drill: 'hostile-input/forms',
      measured: `${tally.forms} submissions of ${world.forms.length} shipped forms (${tally.accepted} accepted)`,
      lost: null,
      doubled: null,
      errors: tally.formFailures,
    }),
    verdict({
      drill: 'hostile-input/emails',
      measured: `${templates.rendered} templates rendered hostile, ${outbox.rendered} outbox mails scanned`,
      lost: null,
      doubled: null,
      errors: templates.problems.length + outbox.problems.length,
      notes: [...templates.problems, ...outbox.problems].slice(0, 10),
    }),
  ];
}

/** Runs `options.cases` generated cases in batches (state restored and sessions renewed between them); also checks emails stay text. */
export async function hostileInputDrill(
  ctx: DrillContext,
  options: HostileOptions,
): Promise<DrillResult[] & { failures?: HostileFailure[] }> {
  const database = await openDrillDb();
  const system = await startDrillSystem(ctx, { db: database.db });
  // A crash outside a request (an unhandled rejection in a detached promise) is a failure too, not the end of the run.
  const crashes: string[] = [];
  const onCrash = (error: unknown) => crashes.push(String((error as Error)?.stack ?? error));
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  try {
    const world = await prepareWorld(system);
    const restore = await restorer(system);
    const seed = options.seed ?? Date.now() % 1_000_000;
    ctx.log(`hostile input: ${options.cases} cases over ${world.routes.length} routes and ${world.forms.length} forms, seed ${seed}`);
    const tally: Tally = { api: 0, forms: 0, accepted: 0, apiFailures: 0, formFailures: 0, statuses: new Map(), failures: [] };
    for (let done = 0, batch = 0; done < options.cases; done += BATCH, batch++) {
      await restore();
      const sessions = await mintSessions(system);
      const cases = fc.sample(hostileCase(world), { numRuns: Math.min(BATCH, options.cases - done), seed: seed + batch });
      await inParallel(cases.length, options.concurrency ?? 8, (i) =>
        runCase(system, cases[i]!, sessions.get(cases[i]!.role), tally, world.routes),
      );
      if (batch % 20 === 0)
        ctx.log(`hostile input: ${done + cases.length}/${options.cases}, ${tally.apiFailures + tally.formFailures} failures`);
    }
    const results: DrillResult[] & { failures?: HostileFailure[] } = await report(
      system,
      world,
      tally,
      seed,
      crashes,
      options.cases > 5_000 ? 10 : 50,
    );
    results.failures = tally.failures;
    return results;
  } finally {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await system.stop();
    await database.close();
  }
}
