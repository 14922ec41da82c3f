// The gate officer's card for a check made without signal tells whether the site's enterprise is cleared to resume
// (seed 003), as the online answer does, from the gate setup the phone kept sealed while it had signal, marked as of
// when it was read (离线时的信息（…）); on a phone (390×844) in chromium against the built app, in zh-CN and English.
// Synced, the check keeps the server's clearance at sync time, not the phone's. A cleared enterprise gets no note.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { auditPage, journeyChromium, rawKeysOn, signIn, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { eventually } from '#scripts/kit/eventually';
import { keptAnswer, storedFieldData } from '../helpers/field-vault';
import { languageFindings } from '../helpers/language-findings';
import { checkAtGateOffline, OFFLINE_PHONE, openInApp, readyForOffline } from '../helpers/offline-phone';
import { startSystem } from '../helpers/running-system';
import { screenshot } from '../helpers/screenshots';
import { testDatabases } from '../helpers/test-db';

const executable = journeyChromium();
const STEP = { timeout: 45_000 };
const NOT_CLEARED = '注意：该企业尚未准予复工（须经镇（街道）检查组核查通过）。本次检查照常记录，请报告项目负责人和包挂干部';
const NOT_CLEARED_EN =
  'Note: this enterprise is not yet cleared to resume (the town/street inspection team has not passed it). The check is recorded as usual; tell the site manager and the cadre';

interface KeptSetup {
  enterpriseClearance?: { state: string; since: string | null } | null;
  asOf: string;
}

describe.skipIf(!executable)('the offline gate card and the site enterprise’s clearance to resume (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystem(testDatabases()[0]!));

  /** gate1's site, its enterprise, and the clearance of that enterprise's projects as the test found it. */
  async function gateSite() {
    const { db } = journey.system;
    const user = await db('users').where({ username: 'gate1' }).first('project_id', 'display_name');
    const site = await db('projects as p')
      .join('enterprises as e', 'e.id', 'p.enterprise_id')
      .where('p.id', user.project_id)
      .first('p.enterprise_id', 'p.name as project', 'e.name as enterprise');
    const projects = () => db('projects').where({ enterprise_id: site.enterprise_id });
    const kept = await projects().select('id', 'cleared_at', 'suspended_at');
    const restore = async () => {
      for (const project of kept)
        await db('projects').where({ id: project.id }).update({ cleared_at: project.cleared_at, suspended_at: project.suspended_at });
    };
    return { projects, restore, words: [String(user.display_name), String(site.project), String(site.enterprise)] };
  }

  /** The gate officer's phone after its one online visit, the setup it keeps naming the enterprise's clearance. */
  async function phoneReadyOffline(state: string): Promise<{ page: Page; setup: KeptSetup }> {
    const page = await journey.browser.newPage(OFFLINE_PHONE);
    await signIn(page, journey.system.baseUrl, 'gate1');
    await readyForOffline(page, journey.system.baseUrl);
    // Never switched to English with signal: its words (a chunk of their own) came with the offline shell.
    const setup = await eventually(
      () => keptAnswer<KeptSetup>(page, '/api/gate/setup'),
      (kept) => kept?.enterpriseClearance?.state === state,
      30_000,
    );
    // The clearance is kept sealed with the rest of the answer: nothing on the phone holds it in clear.
    const stored = await storedFieldData(page);
    expect(stored.paths).toContain('/api/gate/setup');
    expect(stored.text).not.toContain(`"enterpriseClearance":{"state":"${state}"`);
    await page.context().setOffline(true);
    // Opened again without signal: the gate page reads the setup the phone kept.
    await openInApp(page, '#/gate');
    await page.reload();
    await page.getByLabel('身份证号').waitFor(STEP);
    return { page, setup: setup! };
  }

  /** On how many lines the text `part` of the element `locator` is laid out (the client rects of its range). */
  const linesOf = (locator: Locator, part: string) =>
    locator.evaluate((element, wanted) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const whole = nodes.map((node) => node.data).join('');
      const start = whole.indexOf(wanted);
      if (start < 0) return 0;
      const range = document.createRange();
      const at = (offset: number, edge: 'setStart' | 'setEnd') => {
        for (const node of nodes) {
          if (offset <= node.data.length) return range[edge](node, offset);
          offset -= node.data.length;
        }
      };
      at(start, 'setStart');
      at(start + wanted.length, 'setEnd');
      return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
    }, part);

  /** A time as the card writes it, in the server's zone (the session answer names it), kept on one line. */
  const written = (iso: string, locale: string, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso)).replace(/ /g, '\u00a0');

  it('says the enterprise is not yet cleared, as the phone knew it offline, in zh-CN and English; synced, the check and the card keep the server’s', async () => {
    const { db } = journey.system;
    const site = await gateSite();
    try {
      await site.projects().update({ cleared_at: null, suspended_at: null });
      const { page, setup } = await phoneReadyOffline('not-cleared');
      expect(setup.enterpriseClearance).toEqual({ state: 'not-cleared', since: null });
      const session = await keptAnswer<{ timeZone: string }>(page, '/api/session');
      // Meanwhile the enterprise is cleared: the phone cannot know, and says what it knew and when.
      await site.projects().update({ cleared_at: new Date().toISOString() });
      const name = `未准予${String(Date.now()).slice(-6)}`;
      await checkAtGateOffline(page, name);
      const note = page.locator('.gate-result').getByTestId('gate-clearance');
      expect(await note.innerText()).toBe(`${NOT_CLEARED}\n离线时的信息（${written(setup.asOf, 'zh-CN', session!.timeZone)}）`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Chinese breaks between any two characters: the time stays whole (it wrapped as 2026年12月8 / 日 06:59).
      expect(await linesOf(note, written(setup.asOf, 'zh-CN', session!.timeZone))).toBe(1);
      await screenshot(page, { journey: 'offline-gate', page: 'card-not-cleared' });
      const problems = await auditPage(page, 'offline gate card: enterprise not cleared');
      problems.push(...(await languageFindings(page, [name, ...site.words])));
      await switchLanguage(page, 'en');
      expect(await note.innerText()).toBe(
        `${NOT_CLEARED_EN}\nAs this phone knew it offline (${written(setup.asOf, 'en-GB', session!.timeZone)})`,
      );
      expect(await linesOf(note, written(setup.asOf, 'en-GB', session!.timeZone))).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, { journey: 'offline-gate', page: 'card-not-cleared' });
      await switchLanguage(page, 'zh-CN');
      expect(problems).toEqual([]);

      // Back online: the check the server records says what the server knew when it arrived.
      await page.context().setOffline(false);
      const row = await eventually(
        async (): Promise<{ enterprise_clearance: string } | undefined> =>
          db('gate_checks as g').join('workers as w', 'w.id', 'g.worker_id').where('w.name', name).first('g.enterprise_clearance'),
        Boolean,
        30_000,
      );
      expect(row!.enterprise_clearance).toBe('cleared');
      await page.locator('.gate-result').getByText('已同步：已放行').waitFor(STEP);
      // …and the card says the server's word now: the enterprise was cleared before the check arrived, so no note.
      expect(await note.count()).toBe(0);
      await page.close();
    } finally {
      await site.restore();
    }
  });

  it('says nothing of clearance on the offline card when the enterprise is cleared', async () => {
    const site = await gateSite();
    try {
      await site.projects().update({ cleared_at: '2026-12-01T01:00:00.000Z', suspended_at: null });
      const { page, setup } = await phoneReadyOffline('cleared');
      expect(setup.enterpriseClearance).toEqual({ state: 'cleared', since: '2026-12-01T01:00:00.000Z' });
      await checkAtGateOffline(page, `已准予${String(Date.now()).slice(-6)}`);
      const card = page.locator('.gate-result');
      expect(await card.getByTestId('gate-clearance').count()).toBe(0);
      expect(await card.innerText()).not.toContain('准予复工');
      expect(await card.innerText()).not.toContain('离线时的信息');
      await switchLanguage(page, 'en');
      await card.getByText('Decided on this phone (offline); queued to sync').waitFor(STEP);
      expect(await card.innerText()).not.toContain('cleared to resume');
      expect(await rawKeysOn(page)).toEqual([]);
      await switchLanguage(page, 'zh-CN');
      await page.close();
    } finally {
      await site.restore();
    }
  });
});
