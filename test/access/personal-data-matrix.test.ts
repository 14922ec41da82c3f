// The authorization matrix's data dimension: records whose personal fields carry known sentinel values are read through
// every list, export, dashboard, bulletin and timeline route as each role, and a body (JSON, CSV text, XLSX cell text)
// fails the test when it holds a sentinel the personal-data policy (core/privacy/personal-data-policy.ts) does not
// allow that reader on that route. Which rows a role may see at all is checked beside it.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { eventually } from '#scripts/kit/eventually';
import { insertBulletin } from '../collections/bulletin-fixture';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { freshResidentId } from '../gate/gate-fixtures';
import { workerHealthWatch } from '../fixtures/worker-health-watch';
import { LOGIN, PERSONAS, type Persona } from '#scripts/kit/authorization-table';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';

/** Sentinel values, each in exactly one personal field of one seeded record. */
const S = {
  /** gate1's gate check (a worker record at ent01's site): resident ID, mobile, temperature, travel (health). */
  workerId: freshResidentId(),
  workerMobile: '13912345678',
  workerTemperature: '39.4',
  workerTravel: 'SENTINEL-TRAVEL-7Q',
  /** ent01's difficulty report: its contact mobile and its own words (free text). */
  contactMobile: '13687654321',
  summary: 'SENTINEL-SUMMARY-3K',
  /** ent06's liaison designation (another enterprise): the liaison's mobile. */
  otherMobile: '13566667777',
  /** A daily bulletin's notes: ent01's and ent06's free text. */
  noteOwn: 'SENTINEL-NOTE-OWN-5P',
  noteOther: 'SENTINEL-NOTE-OTHER-8R',
  /** ent01's health watch (a monitoring process made from params) of a returning worker: ID, mobile, a reading. */
  watchId: freshResidentId(),
  watchMobile: '13811112222',
  watchTemperature: '38.7',
  /** cadre1's nomination of ent01's enterprise for a commendation: the nominator's contact mobile. */
  nominatorMobile: '13822228000',
} as const;
type Sentinel = keyof typeof S;

const GATE_FULL: Sentinel[] = ['workerId', 'workerMobile', 'workerTemperature', 'workerTravel'];
const OVERSIGHT: Persona[] = ['hq', 'admin'];

/** What each persona may find in the body of one route; absent personas may find no sentinel at all. */
type Allowed = Partial<Record<Persona, Sentinel[]>>;
const forEach = (personas: Persona[], sentinels: Sentinel[]): Allowed => Object.fromEntries(personas.map((p) => [p, sentinels]));

interface Seeded {
  gateCheck: string;
  gateWorker: number;
  gateProject: number;
  difficulty: string;
  difficultyTask: string;
  otherLiaison: string;
  bulletinPath: string;
  watchForm: string;
  watchSubject: string;
  nomination: string;
}

interface Route {
  path: (s: Seeded) => string;
  /** XLSX: read every cell's text. */
  xlsx?: boolean;
  allowed: Allowed;
}

const FULL_EXPORT = 'full=1&reason=%E6%B5%81%E8%B0%83%E6%A0%B8%E6%9F%A5';

const ROUTES: Record<string, Route> = {
  'submission list': {
    path: () => '/api/submissions',
    allowed: {
      // A list: the site's officer keeps the worker's health readings, not the ID or mobile.
      gate: ['workerTemperature', 'workerTravel'],
      // The nominated enterprise reads its nomination with the nominator's mobile masked; the nominator (cadre1) and
      // the working group reviewing it read it whole.
      enterprise: ['contactMobile', 'summary'],
      cadre: ['contactMobile', 'summary', 'nominatorMobile'],
      special_class: ['nominatorMobile'],
      ...forEach(OVERSIGHT, ['summary']),
    },
  },
  // A case page, not the worker's: the site's officer reads the health answers, the ID and mobile on the worker's page.
  'gate check page': { path: (s) => `/api/submissions/${s.gateCheck}`, allowed: { gate: ['workerTemperature', 'workerTravel'] } },
  'difficulty report page': {
    path: (s) => `/api/submissions/${s.difficulty}`,
    allowed: { enterprise: ['contactMobile', 'summary'], cadre: ['contactMobile', 'summary'], ...forEach(OVERSIGHT, ['summary']) },
  },
  'nomination page': {
    path: (s) => `/api/submissions/${s.nomination}`,
    allowed: { cadre: ['nominatorMobile'], special_class: ['nominatorMobile'] },
  },
  "another enterprise's liaison page": { path: (s) => `/api/submissions/${s.otherLiaison}`, allowed: {} },
  'difficulty case state': { path: (s) => `/api/submissions/${s.difficulty}/case`, allowed: {} },
  // A task names its case by the summary (free text): its handler and oversight read it, as on the timeline.
  'inbox (all tasks)': { path: () => '/api/tasks?box=all', allowed: { cadre: ['summary'], ...forEach(OVERSIGHT, ['summary']) } },
  'difficulty task': {
    path: (s) => `/api/tasks/${encodeURIComponent(s.difficultyTask)}`,
    allowed: { cadre: ['summary'], ...forEach(OVERSIGHT, ['summary']) },
  },
  'difficulty task timeline': {
    path: (s) => `/api/tasks/${encodeURIComponent(s.difficultyTask)}/timeline`,
    allowed: { cadre: ['contactMobile', 'summary'], ...forEach(OVERSIGHT, ['summary']) },
  },
  'gate-check CSV export': { path: () => '/api/admin/forms/gate-check/export.csv', allowed: {} },
  'gate-check full export': { path: () => `/api/admin/forms/gate-check/export.csv?${FULL_EXPORT}`, allowed: forEach(OVERSIGHT, GATE_FULL) },
  'difficulty CSV export': { path: () => '/api/admin/forms/difficulty-report/export.csv', allowed: forEach(OVERSIGHT, ['summary']) },
  'difficulty full export': {
    path: () => `/api/admin/forms/difficulty-report/export.csv?${FULL_EXPORT}`,
    allowed: forEach(OVERSIGHT, ['contactMobile', 'summary']),
  },
  'liaison CSV export': { path: () => '/api/admin/forms/liaison-designation/export.csv', allowed: {} },
  'liaison full export': {
    path: () => `/api/admin/forms/liaison-designation/export.csv?${FULL_EXPORT}`,
    allowed: forEach(OVERSIGHT, ['otherMobile']),
  },
  dashboard: { path: () => '/api/dashboard', allowed: {} },
  'dashboard workbook': { path: () => '/api/dashboard/export.xlsx', xlsx: true, allowed: {} },
  'dashboard difficulty records CSV': { path: () => '/api/dashboard/export.csv?group=difficulties&table=difficulty-records', allowed: {} },
  'dashboard daily report records CSV': { path: () => '/api/dashboard/export.csv?group=daily-reports&table=report-records', allowed: {} },
  'dashboard visits CSV': { path: () => '/api/dashboard/export.csv?group=visits&table=visit-records', allowed: {} },
  'bulletin list': { path: () => '/api/collections/bulletins', allowed: {} },
  bulletin: {
    path: (s) => s.bulletinPath,
    allowed: { enterprise: ['noteOwn'], cadre: ['noteOwn'], ...forEach(OVERSIGHT, ['noteOwn', 'noteOther']) },
  },
  'gate register': { path: (s) => `/api/gate/register?projectId=${s.gateProject}`, allowed: { gate: ['workerTemperature'] } },
  'gate register worker page': {
    path: (s) => `/api/gate/register/workers/${s.gateWorker}`,
    allowed: { gate: ['workerId', 'workerMobile'] },
  },
  'worker look-up': { path: () => `/api/gate/workers/${S.workerId}`, allowed: { gate: ['workerMobile'] } },
  // A monitored worker is a worker record: the enterprise that registered them and its cadre read it masked (no site
  // officer works with them); only HQ's and admins' audited full export carries the ID and mobile.
  'health watch page': { path: (s) => `/api/submissions/${s.watchSubject}`, allowed: {} },
  'monitoring register': { path: (s) => `/api/monitoring/register?formKey=${s.watchForm}`, allowed: {} },
  'monitored subject page': { path: (s) => `/api/monitoring/subjects/${s.watchSubject}`, allowed: {} },
  'health watch full export': {
    path: (s) => `/api/admin/forms/${s.watchForm}/export.csv?${FULL_EXPORT}`,
    allowed: forEach(OVERSIGHT, ['watchId', 'watchMobile']),
  },
  visits: { path: () => '/api/visits', allowed: {} },
  'public notices': { path: () => '/api/notices', allowed: {} },
  outbox: { path: () => '/api/outbox', allowed: {} },
  'audit log': { path: () => '/api/audit', allowed: {} },
};

/** Whether `text` shows a sentinel: a number (the temperature) only as a number of its own, not as the seconds of a
 * timestamp ("…T17:33:38.712Z" holds "38.7"). */
function shows(text: string, value: string): boolean {
  if (!/^\d+(\.\d+)?$/.test(value)) return text.includes(value);
  return new RegExp(`(?<![\\d.])${value.replace('.', '\\.')}(?![\\d])`).test(text);
}

/** ent01 registers a returning worker on a health watch published through the admin API; the reading of a check-in
 * is written as the workflow writes it (check-in windows are fixed hours, not waited for). */
async function seedHealthWatch(system: RunningSystem, admin: HttpSession, enterprise: HttpSession) {
  const watchForm = `privacy-watch-${randomUUID().slice(0, 6)}`;
  await admin.request('PUT', `/api/admin/forms/${watchForm}/draft`, workerHealthWatch(watchForm));
  await admin.request('POST', `/api/admin/forms/${watchForm}/publish`);
  const watchSubject = randomUUID();
  const filed = await enterprise.request('POST', `/api/forms/${watchForm}/submissions`, {
    submissionId: watchSubject,
    data: { name: '哨兵返岗人员', residentId: S.watchId, mobile: S.watchMobile, returnedFrom: '湖北省孝感市' },
  });
  if (filed.status !== 202) throw new Error(`health watch failed: ${JSON.stringify(filed.body)}`);
  const subject = await eventually(
    () => system.db('monitoring_subjects').where({ id: watchSubject }).first('started_at'),
    (row) => Boolean(row),
  );
  const at = String(subject.started_at);
  await system.db('monitoring_checkins').insert({
    subject_id: watchSubject,
    slot_at: at,
    opens_at: at,
    due_at: at,
    status: 'done',
    readings: JSON.stringify({ temperature: Number(S.watchTemperature) }),
    alert: true,
    recorded_at: at,
  });
  return { watchForm, watchSubject };
}

/** Every cell's text of a workbook, one line per row. */
async function workbookText(bytes: Uint8Array): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const lines: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => lines.push(row.values ? JSON.stringify(row.values) : '')));
  return lines.join('\n');
}

describe('authorization matrix: personal data', () => {
  let system: RunningSystem;
  let seeded: Seeded;
  const sessions = new Map<Persona, HttpSession>();
  const logLines: string[] = [];

  const sessionOf = async (persona: Persona) => {
    let session = sessions.get(persona);
    if (!session) {
      session = new HttpSession(system.baseUrl);
      if (persona === 'anonymous') session.csrfToken = (await session.request('GET', '/api/session')).body.csrfToken;
      else await session.login(LOGIN[persona], DEMO_PASSWORD);
      sessions.set(persona, session);
    }
    return session;
  };

  /** The body of a route as text, whatever its type. */
  const bodyText = async (persona: Persona, route: Route) => {
    const session = await sessionOf(persona);
    const path = route.path(seeded);
    if (route.xlsx) {
      const answer = await session.download(path);
      const isBook = answer.headers.get('content-type')?.includes('spreadsheetml');
      return { status: answer.status, text: isBook ? await workbookText(answer.bytes) : new TextDecoder().decode(answer.bytes) };
    }
    const answer = await session.request('GET', path);
    return { status: answer.status, text: typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body) };
  };

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!, logLines);
    const { db } = system;
    const gate = await sessionOf('gate');
    const setup = (await gate.request('GET', '/api/gate/setup')).body.setup;
    const png = SAMPLE_PNG;
    const upload = (await gate.request('POST', '/api/uploads', png, { contentType: 'image/png' })).body.upload;
    const gateCheck = randomUUID();
    const checked = await gate.request('POST', '/api/gate/checks', {
      checkId: gateCheck,
      data: {
        residentId: S.workerId,
        name: '哨兵工人',
        mobile: S.workerMobile,
        channel: 'people',
        certificate: 'pass',
        steps: ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'],
        temperature: Number(S.workerTemperature),
        recentTravel: S.workerTravel,
        riskFlag: false,
        signature: upload.ref,
        commitmentSha256: setup.commitment['zh-CN'].sha256,
      },
    });
    if (checked.status !== 201) throw new Error(`gate check failed: ${JSON.stringify(checked.body)}`);

    const difficulty = randomUUID();
    const filed = await (
      await sessionOf('enterprise')
    ).request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: difficulty,
      data: { category: 'materials', summary: S.summary, contactName: '联系人', contactMobile: S.contactMobile },
    });
    if (filed.status !== 202) throw new Error(`difficulty report failed: ${JSON.stringify(filed.body)}`);

    const ent06 = new HttpSession(system.baseUrl);
    await ent06.login('ent06', DEMO_PASSWORD);
    const otherLiaison = randomUUID();
    await ent06.request('POST', '/api/forms/liaison-designation/submissions', {
      submissionId: otherLiaison,
      data: { liaisonName: '他企联络员', mobile: S.otherMobile, email: 'other@example.com' },
    });

    const taskRow = await eventually(
      () => db('tasks').where({ submission_id: difficulty }).first('id'),
      (row) => Boolean(row),
    );
    if (!taskRow) throw new Error(`no cadre task appeared for ${difficulty}`);
    const task = String(taskRow.id);
    const gateUser = await db('users').where({ username: 'gate1' }).first('project_id', 'email');
    // What a fever at a check-in writes (its timeline event, the officer's alert): the check-in windows are fixed
    // hours, so the rows are written as the monitoring workflow writes them rather than waited for.
    const at = new Date().toISOString();
    await db('submission_events').insert({
      submission_id: gateCheck,
      kind: 'quarantine.fever',
      detail: JSON.stringify({ slotAt: at, temperature: Number(S.workerTemperature), referred: true }),
      at,
    });
    await db('outbox').insert({
      idempotency_key: `privacy-matrix/${gateCheck}/fever`,
      template: 'quarantine-alert',
      locale: 'zh-CN',
      to_address: gateUser.email,
      subject: `【复工】隔离人员发热：哨兵工人 ${S.workerTemperature} ℃`,
      text_body: `体温为 ${S.workerTemperature} ℃`,
      html_body: `<p>体温为 ${S.workerTemperature} ℃</p>`,
      status: 'outbox',
      submission_id: gateCheck,
      created_at: at,
    });
    const watch = await seedHealthWatch(system, await sessionOf('admin'), await sessionOf('enterprise'));
    const worker = await db('workers').where({ resident_id: S.workerId }).first('id');
    seeded = {
      ...watch,
      nomination: await nominateEnt01(system, await sessionOf('cadre')),
      gateCheck,
      gateWorker: Number(worker.id),
      gateProject: Number(gateUser.project_id),
      difficulty,
      difficultyTask: task,
      otherLiaison,
      bulletinPath: await insertBulletinWithNotes(system),
    };
  });
  afterAll(async () => {
    await system?.stop();
  });

  const cases = Object.entries(ROUTES).flatMap(([name, route]) => PERSONAS.map((persona) => ({ name, route, persona })));

  it.each(cases)('$name as $persona shows no personal value the policy keeps from it', async ({ route, persona }) => {
    const { status, text } = await bodyText(persona, route);
    expect(status, text.slice(0, 300)).toBeLessThan(500);
    const allowed = new Set(route.allowed[persona] ?? []);
    const leaked = (Object.keys(S) as Sentinel[]).filter((key) => !allowed.has(key) && shows(text, S[key]));
    expect(leaked, `${persona} must not read ${leaked.join(', ')} here`).toEqual([]);
  });

  it('shows each allowed reader the full values it needs (the matrix would pass on a route that masks everything)', async () => {
    const missing: string[] = [];
    for (const { name, route, persona } of cases) {
      const { status, text } = await bodyText(persona, route);
      for (const key of route.allowed[persona] ?? [])
        if (status === 200 && !shows(text, S[key])) missing.push(`${name} as ${persona}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('writes an audit row with the reason for each full export, and refuses one without a reason', async () => {
    const full = await (await sessionOf('admin')).request('GET', `/api/admin/forms/liaison-designation/export.csv?${FULL_EXPORT}`);
    expect(full.status).toBe(200);
    const rows = await system.db('audit_log').where({ action: 'submissions.full-export' }).select('actor_role', 'target_id', 'summary');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(JSON.parse(row.summary)).toMatchObject({ reason: '流调核查' });
    const refused = await (await sessionOf('hq')).request('GET', '/api/admin/forms/gate-check/export.csv?full=1');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('full_export_reason');
  });

  it('keeps resident IDs and mobiles out of the log, also where a path names a worker', async () => {
    await (await sessionOf('gate')).request('GET', `/api/gate/workers/${S.workerId}`);
    expect(logLines.some((line) => line.includes('/api/gate/workers/'))).toBe(true);
    const leaked = (['workerId', 'workerMobile', 'contactMobile', 'otherMobile'] as const).filter((key) =>
      logLines.some((line) => shows(line, S[key])),
    );
    expect(leaked).toEqual([]);
  });

  // A cadre's nomination names ent01's enterprise, which the policy once took for its filer: it read the nominator's
  // mobile in full and the nominator's account id.
  it("shows the nominated enterprise the nominator's mobile masked and no account id, and the nominator all of it", async () => {
    const masked = '138****8000';
    const nominator = await system.db('users').where({ username: LOGIN.cadre }).first('id');
    const enterprise = await sessionOf('enterprise');
    const page = await enterprise.request('GET', `/api/submissions/${seeded.nomination}`);
    expect(page.status).toBe(200);
    expect(page.body.submission.data).toMatchObject({ contactName: '推荐联系人', contactMobile: masked });
    expect(page.body.submission).not.toHaveProperty('userId');
    const list = await enterprise.request('GET', '/api/submissions?formKey=commendation');
    const row = list.body.submissions.find((s: { id: string }) => s.id === seeded.nomination);
    expect(row).toMatchObject({ data: { contactMobile: masked } });
    expect(row).not.toHaveProperty('userId');
    for (const body of [page.body, list.body]) expect(JSON.stringify(body)).not.toContain(S.nominatorMobile);

    const own = await (await sessionOf('cadre')).request('GET', `/api/submissions/${seeded.nomination}`);
    expect(own.body.submission.data.contactMobile).toBe(S.nominatorMobile);
    expect(own.body.submission.userId).toBe(Number(nominator.id));
    // ent01 applying for itself is still its own filer: its contact's mobile stays whole for it.
    const self = randomUUID();
    const filed = await enterprise.request('POST', '/api/forms/commendation/submissions', {
      submissionId: self,
      data: { honour: '自行申报', deeds: '防疫物资储备充足，复工复产有序', contactName: '企业联系人', contactMobile: '13733334444' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const ownApplication = await enterprise.request('GET', `/api/submissions/${self}`);
    expect(ownApplication.body.submission.data.contactMobile).toBe('13733334444');
  });

  describe('rows each role may see', () => {
    const listed = async (persona: Persona) => JSON.stringify((await (await sessionOf(persona)).request('GET', '/api/submissions')).body);

    it("keeps another enterprise's submissions out of an enterprise's and a cadre's list", async () => {
      for (const persona of ['enterprise', 'cadre'] as const) expect(await listed(persona)).not.toContain(seeded.otherLiaison);
    });

    // Data minimisation: a gate check filed at ent01's site is the site register's record, not ent01's paperwork.
    it("keeps its site's gate checks from the enterprise — listed, counted or opened — and leaves them to its cadre", async () => {
      const enterprise = await sessionOf('enterprise');
      const gateChecks = await enterprise.request('GET', '/api/submissions?formKey=gate-check');
      expect(gateChecks.status).toBe(200);
      expect(gateChecks.body).toMatchObject({ submissions: [], page: { total: 0 } });
      expect(await listed('enterprise')).not.toContain(seeded.gateCheck);
      expect(await listed('enterprise')).toContain(seeded.difficulty);
      // Opened, it answers like any record outside the scope: another enterprise's liaison designation.
      const opened = await enterprise.request('GET', `/api/submissions/${seeded.gateCheck}`);
      const outside = await enterprise.request('GET', `/api/submissions/${seeded.otherLiaison}`);
      expect(opened.status).toBe(404);
      expect(opened.body.error).toEqual(outside.body.error);
      expect((await enterprise.request('GET', `/api/submissions/${seeded.gateCheck}/case`)).status).toBe(404);

      const cadre = await sessionOf('cadre');
      const cadreChecks = await cadre.request('GET', '/api/submissions?formKey=gate-check');
      expect(cadreChecks.body.submissions.map((s: { id: string }) => s.id)).toContain(seeded.gateCheck);
      expect(cadreChecks.body.page.total).toBeGreaterThan(0);
      const page = await cadre.request('GET', `/api/submissions/${seeded.gateCheck}`);
      expect(page.status).toBe(200);
      expect(page.body.submission).toMatchObject({ id: seeded.gateCheck, formKey: 'gate-check' });
    });

    it("gives a gate officer only the site's own checks", async () => {
      const list = await listed('gate');
      expect(list).toContain(seeded.gateCheck);
      expect(list).not.toContain(seeded.difficulty);
    });

    // Issue 16: working-group members see the submissions of their tasks, not the whole city.
    it('shows a working-group member only the submissions of its tasks', async () => {
      const list = await listed('special_class');
      expect(list).not.toContain(seeded.difficulty);
      expect(list).not.toContain(seeded.gateCheck);
    });

    // Issue 16: bulletins go to the readers their params name, admins and HQ by default.
    it('refuses a default bulletin to everyone but admins and HQ', async () => {
      for (const persona of ['enterprise', 'cadre', 'special_class'] as const) {
        const answer = await (await sessionOf(persona)).request('GET', seeded.bulletinPath);
        expect([403, 404]).toContain(answer.status);
      }
    });
  });
});

/** cadre1 nominates ent01's enterprise for a commendation with the nominator's own contact; the submission id. */
async function nominateEnt01(system: RunningSystem, cadre: HttpSession): Promise<string> {
  const ent01 = await system
    .db('users as u')
    .join('enterprises as e', 'e.id', 'u.enterprise_id')
    .where('u.username', LOGIN.enterprise)
    .first('e.credit_code');
  const nomination = randomUUID();
  const filed = await cadre.request('POST', '/api/forms/commendation/submissions', {
    submissionId: nomination,
    data: {
      enterpriseCreditCode: ent01.credit_code,
      honour: '复工复产先进企业',
      deeds: '严格落实防疫措施，带动上下游企业复工',
      contactName: '推荐联系人',
      contactMobile: S.nominatorMobile,
    },
  });
  if (filed.status !== 202) throw new Error(`nomination failed: ${JSON.stringify(filed.body)}`);
  return nomination;
}

/** A stored daily bulletin whose notes are ent01's and ent06's sentinels, in its data and its rendered text. */
async function insertBulletinWithNotes(system: RunningSystem): Promise<string> {
  const { db } = system;
  const own = await db('users as u')
    .join('enterprises as e', 'e.id', 'u.enterprise_id')
    .where('u.username', 'ent01')
    .first('e.id', 'e.name');
  const other = await db('users as u')
    .join('enterprises as e', 'e.id', 'u.enterprise_id')
    .where('u.username', 'ent06')
    .first('e.id', 'e.name');
  const notes = [
    { name: own.name, field: '存在的困难', text: S.noteOwn, enterpriseId: Number(own.id), personal: 'free-text' as const },
    // As stored before notes carried their enterprise: found by name.
    { name: other.name, field: '存在的困难', text: S.noteOther },
  ];
  const text = `企业反映的困难：\n- ${own.name}：${S.noteOwn}\n- ${other.name}：${S.noteOther}\n`;
  return insertBulletin(db, { notes, text });
}
