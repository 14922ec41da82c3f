// Every role that works on a phone, on a 390×844 screen, in Chinese and in English (whose words run longer): its main
// pages — home, inbox, a task, a case, the fill page of each form it files, the gate check and register, visits,
// hotline, account settings, notices and (for headquarters) the dashboard, as far as its routing lets it open them, with
// the menu and every folded section open — never scroll sideways, and no button, badge, table or toolbar sticks out past
// the right edge. The cases, tasks and the quarantine are rows a bare app's database is given as the workflows and the
// gate would have left them (test/browser/work-list-fixtures.ts, test/helpers/gate-task-fixtures.ts).
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fromJson } from '#core/db';
import { commitmentHash, recordGateCheck } from '#core/gate/record-gate-check';
import type { Role } from '#core/org/org-types';
import { canOpen } from '#web/app/src/routing/can-open';
import { routeHref } from '#web/app/src/routing/route-href';
import type { PlainRoute, Route } from '#web/app/src/routing/route';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { gateTaskForHq, quarantinedAtGate } from '../helpers/gate-task-fixtures';
import { demoGateOfficer, GATE_PARAMS } from '../helpers/gate-quarantine';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { screenshot } from '../helpers/screenshots';
import { sidewaysOverflow } from '../helpers/sideways-overflow';
import { account, cadreTask, difficultyCase, offeredTask } from './work-list-fixtures';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
const LOCALES = ['zh-CN', 'en'] as const;

/** The pages without parameters a phone user works in, where the role's routing has them. */
const PLAIN_PAGES: readonly PlainRoute['name'][] = ['home', 'inbox', 'gate', 'siteRegister', 'visits', 'hotline', 'account', 'notices'];

/** The phone roles and the demo account each signs in with. */
const PHONE_USERS: readonly [Role, string][] = [
  ['enterprise', 'ent01'],
  ['cadre', 'cadre1'],
  ['gate', 'gate1'],
  ['special_class', 'class-personnel'],
  ['hq', 'hq'],
];

/** A page to visit: its name in a failure and its address. */
interface Target {
  name: string;
  hash: string;
}

describe.skipIf(!executable)('the pages of a phone user fit a 390 px screen in zh-CN and en (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());
  /** The cases made below: each role visits those the server lets it read (its tasks come from its own inbox). */
  const cases: string[] = [];

  it('has a difficulty case with its cadre, working-group and HQ tasks, and a quarantine at the gate with HQ’s referral', async () => {
    const { db } = journey.system;
    const ent01 = await account(db, 'ent01');
    const cadre = await account(db, 'cadre1');
    const submissionId = await difficultyCase(db, 'ent01', {
      summary: '二十名返岗工人缺少健康证明，无法进场',
      caseNumber: 'KN-20261204-0501',
      status: 'received',
    });
    const enterpriseId = ent01.enterpriseId!;
    await cadreTask(db, { submissionId, enterpriseId, assigneeId: cadre.userId, dueInHours: 3 });
    const title = { 'zh-CN': '困难问题反映 · 人员保障组办理', en: 'Difficulty report · Personnel security group' };
    await offeredTask(db, { submissionId, enterpriseId, role: 'special_class', groupKey: 'personnel', title, dueInHours: 20 });
    const worker = { name: '王建国', residentId: '370102199001011234', mobile: '13800138000' };
    const check = await quarantinedAtGate(db, worker, 'GT-20261204-0001');
    // The register's rows, as the check's submission leaves them: the worker in quarantine at gate1's site.
    const gate = await demoGateOfficer(db);
    const submission = await db('submissions').where({ id: check.id }).first('data', 'form_version', 'created_at');
    await recordGateCheck(db, {
      checkId: check.id,
      projectId: gate.project_id,
      officerId: gate.id,
      formVersion: Number(submission.form_version),
      // Signed (the signature's image is not shown on these pages), so the fever puts the worker in quarantine.
      data: {
        ...fromJson<Record<string, unknown>>(submission.data),
        zone: 'living',
        signature: `upload:${randomUUID()}`,
        commitmentSha256: commitmentHash(GATE_PARAMS.commitment['zh-CN']),
      },
      params: GATE_PARAMS,
      at: String(submission.created_at),
    });
    await gateTaskForHq(db, { ...check, workerName: worker.name }, 'referral');
    cases.push(submissionId, check.id);
    expect(await db('tasks').count('id as n').first()).toEqual({ n: 3 });
    expect(await db('quarantines').where({ id: check.id }).count('id as n').first()).toEqual({ n: 1 });
  });

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
    await settle(ready);
  }

  /** Quiet for three polls in a row: the page has sent its requests (its effects run after the first paint) and every
   * answer is in. */
  async function settle(ready: () => Promise<boolean>): Promise<void> {
    let quiet = 0;
    await expect.poll(async () => (quiet = (await ready()) ? quiet + 1 : 0) >= 3, { timeout: 30_000, interval: 150 }).toBe(true);
  }

  /** Opens the menu and every folded section (a table of figures, filters, comments…), then waits for what they load:
   * what they show must fit too. */
  async function unfold(page: Page, ready: () => Promise<boolean>): Promise<void> {
    const folded = page.locator('button[aria-expanded="false"]:visible');
    for (let count = await folded.count(); count > 0; count -= 1) await folded.first().click();
    await settle(ready);
  }

  /** The main pages `role` opens on its phone: its plain pages, the forms it files, its first task and its cases. */
  async function targetsFor(role: Role, page: Page): Promise<Target[]> {
    // Headquarters reads the city-wide dashboard (DESIGN §1); the others' dashboards are the same page over less.
    const pages = role === 'hq' ? [...PLAIN_PAGES, 'dashboard' as const] : PLAIN_PAGES;
    const targets: Target[] = pages
      .filter((name) => canOpen(role, name))
      .map((name) => ({
        name,
        hash: routeHref({ name } as PlainRoute),
      }));
    const api = <T>(path: string) =>
      page.evaluate(async (url) => {
        const answer = await fetch(url, { headers: { Accept: 'application/json' } });
        return (answer.ok ? await answer.json() : null) as T | null;
      }, path);
    const forms = (await api<{ forms: { key: string }[] }>('/api/forms'))?.forms ?? [];
    for (const { key } of forms) targets.push({ name: `form ${key}`, hash: routeHref({ name: 'form', key }) });
    if (canOpen(role, 'task')) {
      const tasks = (await api<{ tasks: { id: string }[] }>('/api/tasks?box=all'))?.tasks ?? [];
      for (const { id } of tasks.slice(0, 1)) targets.push({ name: 'task', hash: routeHref({ name: 'task', id }) });
    }
    for (const id of cases) {
      const route: Route = { name: 'submission', id };
      if (await api(`/api/submissions/${id}`)) targets.push({ name: `case ${id.slice(0, 8)}`, hash: routeHref(route) });
    }
    return targets;
  }

  it.each(PHONE_USERS)(
    'as %s (%s), no main page scrolls sideways or has anything past the right edge, in either language',
    async (role, username) => {
      const page = await journey.open(username, PHONE);
      const targets = await targetsFor(role, page);
      expect(targets.map((target) => target.name)).toEqual(expect.arrayContaining(['home', 'account', 'notices']));
      const ready = settled(page);
      const found: string[] = [];
      for (const locale of LOCALES) {
        await switchLanguage(page, locale);
        for (const target of targets) {
          await visit(page, target, ready);
          await unfold(page, ready);
          const { scrollsBy, sticksOut } = await sidewaysOverflow(page);
          const where = `${role} · ${target.name} (${target.hash}) [${locale}]`;
          if (scrollsBy > 1) found.push(`${where} scrolls sideways by ${scrollsBy}px`);
          for (const element of sticksOut) found.push(`${where} ${element}`);
          if (scrollsBy > 1 || sticksOut.length)
            await screenshot(page, { journey: 'phone-pages-fit', page: `${role}-${target.name}`, locale });
        }
      }
      await switchLanguage(page, 'zh-CN');
      await page.close();
      expect(found, `${found.length} overhang(s):\n${found.join('\n')}`).toEqual([]);
    },
    240_000,
  );
});
