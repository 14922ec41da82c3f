// Debian's chromium driven by playwright-core, launched as DESIGN.md §4 says (never a downloaded browser), and the checks
// every journey page gets: signing in, the language switch, untranslated keys and axe-core's serious violations.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { DICTIONARIES } from '#web/app/src/i18n/dictionaries';
import { chromiumPath, launchBrowser } from '#scripts/kit/chromium';
import { startBareApp, type BareApp, type BareAppOptions } from './bare-app';

/** Signs in on the login page in Chinese (the default language) with the demo password. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor({ state: 'attached' });
}

/** Switches the app's language with its own switch (labelled in whichever language shows now). */
export async function switchLanguage(page: Page, locale: 'zh-CN' | 'en'): Promise<void> {
  await page.getByLabel(/^(语言|Language)$/).selectOption(locale);
  await page.locator(`html[lang="${locale}"]`).waitFor({ state: 'attached' });
}

/** The app the web server serves (`npm run build:web`). */
const BUILT_APP = fileURLToPath(new URL('../../web/app/dist/index.html', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dictionaryKeys = new Set(Object.keys(DICTIONARIES['zh-CN']));
// Something that reads like `inbox.col.title` or `ladder.escalate` (not an abbreviation such as e.g.); e-mail domains
// and host names are not keys.
const KEY_LIKE = /(?<![@\w.-])[a-z][a-zA-Z]+(?:\.[a-z][a-zA-Z-]+)+(?![\w@-])/g;
const NOT_A_KEY = /\.(local|com|cn|org|net|io)$/;

/** Dictionary keys, or key-shaped words, visible on the page: each one is a string the app failed to translate. */
export async function rawKeysOn(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const found = new Set<string>();
  for (const match of text.matchAll(KEY_LIKE)) if (dictionaryKeys.has(match[0]) || !NOT_A_KEY.test(match[0])) found.add(match[0]);
  return [...found];
}

/** axe-core's serious and critical violations on the page as it is now, as `rule: target, …` lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the app's Content-Security-Policy does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map((v) => `${v.id} (${v.impact}) at ${v.targets.length} place(s): ${v.targets.slice(0, 3).join(', ')}`);
}

/** Screenshots every page still open into `folder`, then closes them. A journey that failed leaves its pages open
 * (`failed-…`); one that passed may too, when it does not close what it opened (`open-…`, not a failure). */
export async function keepOpenPages(browser: Browser, folder: string, name: string, failed: boolean): Promise<void> {
  const pages = browser.contexts().flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) {
    const file = `${folder}${failed ? 'failed' : 'open'}-${name}-${index + 1}.png`;
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    await page.context().close();
  }
}

/** Checks the page in both languages: no untranslated key in either, no serious or critical axe violation; ends in zh-CN. */
export async function auditPage(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  for (const locale of ['en', 'zh-CN'] as const) {
    await switchLanguage(page, locale);
    for (const key of await rawKeysOn(page)) problems.push(`${name} [${locale}] shows the raw key "${key}"`);
    for (const violation of await seriousAxeViolations(page)) problems.push(`${name} [${locale}] axe ${violation}`);
  }
  return problems;
}

/** Where the journeys keep their screenshots (and those of failed pages). */
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
/** The desktop viewport of the journeys. */
export const DESK = { width: 1280, height: 900 };

/** Chromium for the journeys: undefined skips them on a machine without it; in CI its absence is an error. */
export function journeyChromium(): string | undefined {
  const executable = chromiumPath();
  if (!executable && process.env.CI) throw new Error('CI needs chromium for the browser tests: apt-get install -y chromium');
  // Without the built app every page is the server's fallback and a journey would time out at its first step.
  if (executable && !existsSync(BUILT_APP))
    throw new Error('The browser tests need the built app: run `npm run build:web` first (`npm test` builds it)');
  return executable;
}

/** A suite's running system and chromium, set once its beforeAll has run. */
export interface SystemAndBrowser<S> {
  system: S;
  browser: Browser;
}

/** Registers a suite's hooks: start the system and chromium together before its tests, close chromium and stop the
 * system after them. */
export function useSystemAndBrowser<S extends { stop(): Promise<unknown> }>(
  executable: string | undefined,
  start: () => Promise<S>,
  timeout = 120_000,
): SystemAndBrowser<S> {
  const running = {} as SystemAndBrowser<S>;
  beforeAll(async () => {
    [running.system, running.browser] = await Promise.all([start(), launchBrowser(executable!)]);
  }, timeout);
  afterAll(async () => {
    await running.browser?.close();
    await running.system?.stop();
  });
  return running;
}

/** The web app alone (startBareApp with `options`) and chromium, for a suite that opens its own pages. */
export function bareAppWithBrowser(executable: string | undefined, options: BareAppOptions = {}): SystemAndBrowser<BareApp> {
  return useSystemAndBrowser(executable, () => startBareApp(options));
}

/** A journey suite's running system and browser (set once its beforeAll has run) and a signed-in page opener. */
export interface BrowserJourney<S> extends SystemAndBrowser<S> {
  open(username: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/** Registers a journey suite's hooks: start the system and chromium together, keep the pages a test left open, stop both. */
export function useBrowserJourney<S extends { baseUrl: string; stop(): Promise<unknown> }>(
  executable: string | undefined,
  start: () => Promise<S>,
): BrowserJourney<S> {
  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  const journey = Object.assign(useSystemAndBrowser(executable, start, 150_000), {
    async open(username: string, viewport = DESK): Promise<Page> {
      const page = await journey.browser.newPage({ viewport });
      await signIn(page, journey.system.baseUrl, username);
      return page;
    },
  });
  afterEach(async (context) => {
    // vitest has marked the test passed or failed before its afterEach hooks run.
    const failed = context.task.result?.state === 'fail';
    await keepOpenPages(journey.browser, SCREENSHOTS, context.task.name.slice(0, 40).replace(/\W+/g, '-'), failed);
  });
  return journey;
}
