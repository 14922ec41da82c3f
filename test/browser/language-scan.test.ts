// Every page in both languages, as each user sees it: signed in as each role (and as a visitor who is not), the scan
// opens every page the role can open (the app's own routing says which) on a system with cases, tasks, a daily round,
// a commendation in publicity and a quarantine, and reads what the page shows. The Chinese UI may show no English word,
// the English UI no Chinese outside user data, and neither a dictionary key, a stored field or choice name, a UUID or
// JSON (rules in test/helpers/language-scan.ts). Every offending page and text is listed in the failure. Key pages are
// kept as screenshots under test-results/screenshots/language-scan-<page>-<locale>-<viewport>.png.
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '#core/org/org-types';
import { readSettings } from '#core/org/settings';
import { canOpen } from '#web/app/src/routing/can-open';
import { roleNavigation } from '#web/app/src/routing/role-navigation';
import { routeHref } from '#web/app/src/routing/route-href';
import type { Route } from '#web/app/src/routing/route';
import { DESK, journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { arrival } from '#scripts/kit/eventually';
import { knownValues, languageProblems, seenTexts, type LanguageProblem } from '../helpers/language-scan';
import { startSystemWithPages, type RunningSystem } from '../helpers/running-system';
import { screenshot } from '../helpers/screenshots';
import { testDatabases } from '../helpers/test-db';
import { gateQuarantines } from '../gate/gate-fixtures';
import { decideStep, nominateToPublicity, signedIn } from '../notices/commendation-journey';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
const LOCALES = ['zh-CN', 'en'] as const;
// Every finding of the last run, one a line, for reading all of them at once (a failure message shows the first ones).
const FINDINGS = fileURLToPath(new URL('../../test-results/language-scan-findings.txt', import.meta.url));

/** What the scan's users wrote: their reports, decisions and notes are data, shown as written in either language. */
const WRITTEN = {
  waiting: '塔吊司机尚未返岗，影响主体结构施工',
  settled: '钢筋供应中断，工地下周停工',
  resolution: '已协调钢厂优先供货',
  department: '市工信局',
  deeds: '疫情期间组织职工有序返岗，未发生聚集性感染',
  honour: '复工复产先进企业',
  peopleMet: '项目经理',
} as const;

/**
 * Pages whose findings belong to another part of this issue's work, still in progress elsewhere: each entry is set
 * aside (and reported) instead of failing the scan. Remove an entry when its fix lands; the scan fails on an entry
 * that no longer matches anything, so the list cannot go stale.
 */
// Findings another piece of work owns, set aside with the reason; empty since the case page, task page, timelines and
// dashboard were fixed. The last test fails on an entry that matches nothing, so the list cannot go stale.
const KNOWN_ISSUES_OWNED_ELSEWHERE: readonly { page: RegExp; rule: LanguageProblem['rule']; text: RegExp; owner: string }[] = [];

/** The pages the scan keeps a screenshot of, by role and page name; phone pages are taken on a phone. */
const SHOTS: Partial<Record<Role | 'public', readonly string[]>> = {
  enterprise: ['home', 'form difficulty-report', 'form daily-report', 'submission waiting'],
  cadre: ['inbox', 'task', 'submission settled'],
  hq: ['dashboard', 'hotline'],
  admin: ['formEditor difficulty-report', 'import', 'settings', 'emailTemplates', 'hotline'],
  public: ['notices'],
};

/** A page to visit: its name in the report and its address. */
interface Target {
  name: string;
  hash: string;
}

interface Seeded {
  waitingId: string;
  settledId: string;
  dailyId: string;
  commendationId: string;
  enterpriseId: number;
  visitId: number;
  userData: string[];
}

/** Cases, tasks, a daily report, a commendation in publicity, a quarantine and a visit, made as their users would. */
async function seed(system: RunningSystem): Promise<Seeded> {
  const { db } = system;
  await system.client.workflow.start('collectionRoundWorkflow', {
    taskQueue: system.config.temporal.taskQueue,
    workflowId: `round-${randomUUID()}`,
    args: [{ formKey: 'daily-report' }],
  });
  // The round's workflow writes its row through an activity a moment after it starts.
  await arrival(() => db('collection_rounds').where({ form_key: 'daily-report' }).first('id'), 'the daily round', 60_000);
  const ent01 = await signedIn(system, 'ent01');
  const file = async (session: typeof ent01, formKey: string, data: Record<string, unknown>) => {
    const submissionId = randomUUID();
    const answer = await session.request('POST', `/api/forms/${formKey}/submissions`, { submissionId, data });
    if (answer.status >= 300) throw new Error(`${formKey}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return submissionId;
  };
  const waitingId = await file(ent01, 'difficulty-report', { category: 'personnel_return', summary: WRITTEN.waiting, urgent: true });
  const settledId = await file(await signedIn(system, 'ent02'), 'difficulty-report', { category: 'materials', summary: WRITTEN.settled });
  const dailyId = await file(ent01, 'daily-report', {
    ...{ projectsStarted: 1, projectsReady: 1, projectsDelayed: 0, workersOnSite: 86, returnedToday: 12, awaitingReturn: 4 },
    ...{ masks: 2000, disinfectant: 60, thermometers: 8 },
  });
  await decideStep(system, settledId, 'cadre', 'cadre1', 'resolve', {
    resolution: WRITTEN.resolution,
    outcome: 'coordinated',
    department: WRITTEN.department,
  });
  const { submissionId: commendationId } = await nominateToPublicity(system, WRITTEN.deeds);
  await gateQuarantines(system);
  const enterpriseId = Number((await db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);
  const cadre = await signedIn(system, 'cadre1');
  const visit = await cadre.request('POST', '/api/visits', { enterpriseId, visitedOn: '2026-02-10', peopleMet: WRITTEN.peopleMet });
  if (visit.status >= 300) throw new Error(`visit: ${visit.status} ${JSON.stringify(visit.body)}`);
  const visitId = Number((await db('visits').orderBy('id', 'desc').first('id')).id);
  // The round's workflow links the filed report to its row through an activity, a moment after the filing.
  await arrival(() => db('collection_reports').whereNotNull('submission_id').first('round_id'), 'the daily report in its round', 60_000);
  return {
    waitingId,
    settledId,
    dailyId,
    commendationId,
    enterpriseId,
    visitId,
    userData: [...Object.values(WRITTEN), ...(await seedNames(system))],
  };
}

/** Names and addresses of the demo organisation and everything else users typed: shown as written in any language. */
async function seedNames(system: RunningSystem): Promise<string[]> {
  const { db } = system;
  const rows = await Promise.all([
    db('enterprises').select('name as a', 'address as b'),
    db('projects').select('name as a', 'site as b'),
    db('users').select('display_name as a', 'username as b', 'email as c'),
    db('workers').select('name as a'),
    // Holidays carry the names administrators gave them (the shipped calendar names them in Chinese).
    db('calendar_days').whereNotNull('name').select('name as a'),
  ]);
  // So do the campaign office's contacts (an office, its people, what to call about), typed in one language.
  const contacts = (await readSettings(db)).campaignContacts.flatMap((contact) => [contact.name, contact.purpose ?? '']).filter(Boolean);
  return [...rows.flat().flatMap((row) => Object.values(row).filter((value): value is string => typeof value === 'string')), ...contacts];
}

describe.skipIf(!executable)('every page speaks its reader’s language (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystemWithPages(testDatabases()[0]!));
  let seeded: Seeded;
  const values = knownValues();
  // What the running test found; each test fails on its own findings.
  let found: string[] = [];
  const setAside = new Map<number, string[]>();

  beforeAll(async () => {
    mkdirSync(fileURLToPath(new URL('.', `file://${FINDINGS}`)), { recursive: true });
    rmSync(FINDINGS, { force: true });
    seeded = await seed(journey.system);
  }, 240_000);

  /** Requests the page has open: a page is read once none is and nothing says it is loading. */
  function settled(page: Page): () => Promise<boolean> {
    let open = 0;
    page.on('request', () => (open += 1));
    page.on('requestfinished', () => (open -= 1));
    page.on('requestfailed', () => (open -= 1));
    return async () => open <= 0 && (await page.getByText(/^(加载中…|Loading…)$/).count()) === 0;
  }

  async function visit(page: Page, target: Target, ready: () => Promise<boolean>): Promise<void> {
    await page.goto(`${journey.system.baseUrl}/${target.hash}`);
    await page.locator('h1').first().waitFor();
    // Quiet for three polls in a row: the new page has sent its requests (its effects run after the first paint)
    // and every answer is in. A page sends its next request within a frame of an answer, far inside a 75 ms poll.
    let quiet = 0;
    await expect.poll(async () => (quiet = (await ready()) ? quiet + 1 : 0) >= 3, { timeout: 30_000, interval: 75 }).toBe(true);
  }

  /** Whether the signed-in page's user may read `path` (the server decides which cases and enterprises are theirs). */
  async function readable(page: Page, path: string): Promise<boolean> {
    return page.evaluate(async (url) => (await fetch(url, { headers: { Accept: 'application/json' } })).ok, path);
  }

  /** The pages `role` can open, from the app's routing: its navigation, then the pages its lists link to. */
  async function targetsFor(role: Role, page: Page): Promise<Target[]> {
    const targets: Target[] = roleNavigation(role).map((item) => ({ name: item.page, hash: routeHref({ name: item.page } as Route) }));
    const add = async (route: Route, name: string, api: string) => {
      if (canOpen(role, route.name) && (await readable(page, api))) targets.push({ name, hash: routeHref(route) });
    };
    const forms = await page.evaluate(async () => (await (await fetch('/api/forms')).json()) as { forms: { key: string }[] });
    for (const { key } of forms.forms) await add({ name: 'form', key }, `form ${key}`, `/api/forms/${key}`);
    const cases: [string, string][] = [
      [seeded.waitingId, 'submission waiting'],
      [seeded.settledId, 'submission settled'],
      [seeded.dailyId, 'submission daily-report'],
      [seeded.commendationId, 'submission commendation'],
    ];
    for (const [id, name] of cases) await add({ name: 'submission', id }, name, `/api/submissions/${id}`);
    if (canOpen(role, 'task')) {
      const tasks = await page.evaluate(async () => (await (await fetch('/api/tasks')).json()) as { tasks: { id: string }[] });
      for (const task of tasks.tasks.slice(0, 3)) targets.push({ name: 'task', hash: routeHref({ name: 'task', id: task.id }) });
    }
    await add({ name: 'enterprise', id: seeded.enterpriseId }, 'enterprise', `/api/enterprises/${seeded.enterpriseId}`);
    await add({ name: 'credit', id: seeded.enterpriseId }, 'credit', `/api/enterprises/${seeded.enterpriseId}/credit`);
    await add({ name: 'visits', id: seeded.visitId }, 'visit', `/api/visits/${seeded.visitId}`);
    if (canOpen(role, 'formEditor')) {
      const all = await page.evaluate(async () => (await (await fetch('/api/admin/forms')).json()) as { forms: { key: string }[] });
      for (const { key } of all.forms) targets.push({ name: `formEditor ${key}`, hash: routeHref({ name: 'formEditor', key }) });
    }
    return targets;
  }

  /** Reads the page in `locale`, keeps what it breaks (less what is set aside), and its screenshot when asked for. */
  async function check(page: Page, who: Role | 'public', target: Target, locale: (typeof LOCALES)[number]): Promise<void> {
    const problems = languageProblems(await seenTexts(page), locale, { userData: seeded.userData, values });
    for (const problem of problems) {
      const line = `${who} · ${target.name} (${target.hash}) [${locale}] ${problem.rule}: "${problem.text.slice(0, 160)}"`;
      const known = KNOWN_ISSUES_OWNED_ELSEWHERE.findIndex(
        (entry) => entry.rule === problem.rule && entry.page.test(`${who} ${target.name}`) && entry.text.test(problem.text),
      );
      if (known >= 0) setAside.set(known, [...(setAside.get(known) ?? []), line]);
      else found.push(line);
      appendFileSync(FINDINGS, `${known >= 0 ? 'set aside: ' : ''}${line}\n`);
    }
    if (SHOTS[who]?.includes(target.name)) await screenshot(page, { journey: 'language-scan', page: `${who}-${target.name}`, locale });
  }

  async function scan(who: Role | 'public', page: Page, targets: Target[]): Promise<void> {
    const ready = settled(page);
    for (const locale of LOCALES) {
      await switchLanguage(page, locale);
      for (const target of targets) {
        await visit(page, target, ready);
        await check(page, who, target, locale);
      }
    }
  }

  const ROLES_AND_USERS: [Role, string][] = [
    ['enterprise', 'ent01'],
    ['cadre', 'cadre1'],
    ['special_class', 'class-materials'],
    ['hq', 'hq'],
    ['gate', 'gate1'],
    ['admin', 'admin'],
  ];

  it.each(ROLES_AND_USERS)(
    'as %s (%s), every page it can open reads in zh-CN and en alone',
    async (role, username) => {
      found = [];
      const page = await journey.open(username, DESK);
      const targets = await targetsFor(role, page);
      expect(targets.length).toBeGreaterThan(3);
      await scan(role, page, targets);
      await page.close();
      expect(found, `${found.length} problem(s):\n${found.join('\n')}`).toEqual([]);
    },
    600_000,
  );

  it('on a phone, the cadre’s inbox and the gate check read in each language alone', async () => {
    found = [];
    for (const [role, username, name] of [
      ['cadre', 'cadre1', 'inbox'],
      ['gate', 'gate1', 'gate'],
    ] as const) {
      const page = await journey.open(username, PHONE);
      const ready = settled(page);
      const target = { name, hash: routeHref({ name }) };
      for (const locale of LOCALES) {
        await switchLanguage(page, locale);
        await visit(page, target, ready);
        await check(page, role, target, locale);
        await screenshot(page, { journey: 'language-scan', page: `${role}-${name}`, locale });
      }
      await page.close();
    }
    expect(found, `${found.length} problem(s):\n${found.join('\n')}`).toEqual([]);
  }, 300_000);

  it('as a visitor who is not signed in, the sign-in page and the public notices read in each language alone', async () => {
    found = [];
    const page = await journey.browser.newPage({ viewport: DESK });
    await page.goto(journey.system.baseUrl);
    await scan('public', page, [
      { name: 'login', hash: '' },
      { name: 'notices', hash: routeHref({ name: 'notices' }) },
    ]);
    await page.close();
    expect(found, `${found.length} problem(s):\n${found.join('\n')}`).toEqual([]);
  }, 300_000);

  it('sets aside only issues that still show (other work in progress owns them)', () => {
    const stale = KNOWN_ISSUES_OWNED_ELSEWHERE.filter((_, index) => !setAside.has(index)).map(
      (entry) => `KNOWN_ISSUES_OWNED_ELSEWHERE entry ${entry.page} ${entry.rule} ${entry.text} matched nothing: remove it`,
    );
    for (const [index, lines] of setAside)
      console.info(`set aside for ${KNOWN_ISSUES_OWNED_ELSEWHERE[index]!.owner}:\n  ${lines.join('\n  ')}`);
    expect(stale).toEqual([]);
  });
});
