// The JS each role really downloads, measured in chromium: a fresh browser (empty cache) signs in as the role and shows
// its start page (the home page every role lands on) — an enterprise then its daily report, a gate officer the gate
// check, the pages they open every day on their phones — and every script the page fetched is counted once at its gzip
// size: the entry, the chunks it imports, and the lazy pages and chunks loaded by import() as the pages open. Each role
// stays within the JS budget of issue 21 (≤ 235 KB gzip). test/web/role-chunks.test.ts checks, from the build's
// manifest, which chunks a role never loads. Needs `npm run build:web`.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { DESK, journeyChromium, signIn, useBrowserJourney, type BrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
const BUDGET_KB = 235;

/** Who signs in, on what screen, and the pages they open after their start page. */
const ROLES = [
  ['an enterprise', 'ent04', PHONE, ['#/forms/daily-report']],
  ['a gate officer', 'gate1', PHONE, ['#/gate']],
  ['a cadre', 'cadre1', DESK, []],
  ['a working group member', 'class-materials', DESK, []],
  ['headquarters', 'hq', DESK, []],
  ['an administrator', 'admin', DESK, []],
] as const;

/** Resolves once the page shows its heading, nothing in <main> says it is loading, and no request has been open for a
 * few polls in a row (the lazy chunks a page asks for after its first paint have arrived). */
async function settled(page: Page, open: () => number): Promise<void> {
  await page.locator('main h1').first().waitFor();
  let quiet = 0;
  await expect
    .poll(async () => (quiet = open() === 0 && (await page.locator('main .loading').count()) === 0 ? quiet + 1 : 0) >= 4, {
      timeout: 30_000,
      interval: 150,
    })
    .toBe(true);
}

/** The scripts a fresh browser fetched while `username` signed in, landed on the start page and opened `hashes` in
 * turn: each path once, with the gzip size of its body (zlib's default level, as a gzipping server sends it). */
async function scriptsDownloaded(
  journey: BrowserJourney<BareApp>,
  username: string,
  viewport: typeof DESK,
  hashes: readonly string[],
): Promise<Map<string, number>> {
  const page = await journey.browser.newPage({ viewport });
  const bodies = new Map<string, Promise<Buffer>>();
  let open = 0;
  page.on('request', () => (open += 1));
  page.on('requestfailed', () => (open -= 1));
  page.on('requestfinished', (request) => {
    open -= 1;
    const path = new URL(request.url()).pathname;
    if (!path.endsWith('.js') || bodies.has(path)) return;
    const body = request.response().then((response) => response!.body());
    bodies.set(path, body);
  });
  await signIn(page, journey.system.baseUrl, username);
  await settled(page, () => open);
  for (const hash of hashes) {
    await page.goto(`${journey.system.baseUrl}/${hash}`);
    await settled(page, () => open);
  }
  const sizes = new Map<string, number>();
  for (const [path, body] of bodies) sizes.set(path, gzipSync(await body).length);
  await page.close();
  return sizes;
}

describe.skipIf(!executable)('the JS each role downloads, measured in chromium', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it.each(ROLES)('keeps what %s downloads within 235 KB of gzip, lazy chunks included', async (_role, username, viewport, hashes) => {
    const sizes = await scriptsDownloaded(journey, username, viewport, hashes);
    const kb = [...sizes.values()].reduce((total, size) => total + size, 0) / 1024;
    const scripts = [...sizes].map(([path, size]) => `${path} ${(size / 1024).toFixed(1)} KB`).join('\n');
    // The entry and at least the start page's chunk: a page that failed to load would download almost nothing.
    expect([...sizes.keys()].filter((path) => /\/assets\/(index|home-page)-/.test(path))).toHaveLength(2);
    expect(kb, `${kb.toFixed(1)} KB of gzip in ${sizes.size} scripts:\n${scripts}`).toBeLessThanOrEqual(BUDGET_KB);
  });
});
