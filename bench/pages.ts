// Page loads as a person feels them: Debian's chromium (driven as the browser tests drive it) opens each journey start
// on a warm `npm start` system with demo data and prints first render, ready, full load and bytes per page, the JS each
// role downloads, and the time from pressing 登录 to a ready home page; in the same run, a minimal Vite+React+rjsf
// one-form page (bench/pages-baseline.ts) is the baseline. Each page is opened in a fresh browser context (empty
// cache, "cold") and then reloaded in it (the browser's cache as a returning user has it, "reload").
// Usage: npm run bench:pages [-- --runs 5 --waterfall]   (the prebench script builds the web app first; --waterfall
// also prints the requests of each page on a time line)
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { chromiumPath, launchBrowser } from '#scripts/kit/chromium';
import { installationEnv, startScript } from '#scripts/kit/start-script';
import { startBaselinePage } from './pages-baseline';
import { figuresOf, gzipSizeOf, median, watchedPage, type PageLoad } from './pages-measure';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, waterfall: { type: 'boolean', default: false } } });
const RUNS = Number(values.runs);

const DESK = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const HOME_READY = ['main .page-heading'];

/** A journey start: who opens which page, on what screen, and what on it means "the page is there". */
interface JourneyStart {
  name: string;
  role: string;
  username?: string;
  hash: string;
  screen: BrowserContextOptions;
  ready: string[];
}

const STARTS: JourneyStart[] = [
  { name: 'login page', role: 'anyone', hash: '#/', screen: DESK, ready: ['input[type=password]'] },
  {
    name: 'enterprise home',
    role: 'enterprise',
    username: 'ent04',
    hash: '#/',
    screen: PHONE,
    ready: [...HOME_READY, 'main a[href^="#/forms/"]'],
  },
  {
    name: 'daily-report form',
    role: 'enterprise',
    username: 'ent04',
    hash: '#/forms/daily-report',
    screen: PHONE,
    ready: ['main form input'],
  },
  { name: 'gate check (phone)', role: 'gate', username: 'gate1', hash: '#/gate', screen: PHONE, ready: ['main input'] },
  { name: 'cadre inbox', role: 'cadre', username: 'cadre1', hash: '#/inbox', screen: DESK, ready: HOME_READY },
  { name: 'HQ dashboard', role: 'hq', username: 'hq', hash: '#/dashboard', screen: DESK, ready: ['main .figure-chart svg'] },
  { name: 'enterprise register', role: 'hq', username: 'hq', hash: '#/enterprises', screen: DESK, ready: ['main table tbody tr'] },
  { name: 'public notices', role: 'public', hash: '#/notices', screen: DESK, ready: HOME_READY },
];

/** The medians of one page's runs. */
interface Row {
  name: string;
  cold: PageLoad[];
  reload: PageLoad[];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '—');
const sum = (load: PageLoad, kind: string, field: 'transfer' | 'encoded') =>
  load.resources.filter((r) => kind === 'all' || r.kind === kind).reduce((total, r) => total + r[field], 0);
const jsUrls = (load: PageLoad) => load.resources.filter((r) => r.kind === 'js').map((r) => r.url);

async function gzipOf(urls: Iterable<string>): Promise<number> {
  let total = 0;
  for (const url of new Set(urls)) total += await gzipSizeOf(url);
  return total;
}

/** Signs in through the login page; resolves with the ms from pressing 登录 to a ready home page and the session. */
async function signIn(browser: Browser, baseUrl: string, username: string, screen: BrowserContextOptions) {
  const context = await browser.newContext(screen);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  const t0 = performance.now();
  await page.getByRole('button', { name: '登录' }).click();
  // The login form has a heading too: first the header's 退出登录 button, then a home page with nothing left loading.
  await page.getByRole('button', { name: '退出登录' }).waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('main .page-heading') && !document.querySelector('main .loading'));
  const elapsed = performance.now() - t0;
  const state = await context.storageState();
  await context.close();
  return { elapsed, state };
}

/** Opens `url` in a fresh context (cold), then reloads it there (reload). */
async function loadTwice(browser: Browser, url: string, start: JourneyStart, state?: Awaited<ReturnType<typeof signIn>>['state']) {
  const context = await browser.newContext({ ...start.screen, storageState: state });
  const page = await watchedPage(context, { selectors: start.ready });
  try {
    await page.goto(url);
    const cold = await figuresOf(page);
    await page.reload();
    const reload = await figuresOf(page);
    return { cold, reload };
  } catch (error) {
    const shot = join(tmpdir(), `bench-pages-failed-${start.name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    throw new Error(`${start.name} (${url}) did not get ready; screenshot: ${shot}`, { cause: error });
  } finally {
    await context.close();
  }
}

async function main() {
  const before = loadavg();
  const started = new Date();
  console.error('bench:pages — starting the system (npm start on a fresh data folder), the baseline page and chromium…');
  const [system, baseline, browser] = await Promise.all([
    installationEnv().then(startScript),
    startBaselinePage(),
    launchBrowser(chromiumPath() ?? '/usr/bin/chromium'),
  ]);
  try {
    const users = [...new Set(STARTS.flatMap((s) => (s.username ? [s.username] : [])))];
    const sessions = new Map<string, Awaited<ReturnType<typeof signIn>>['state']>();
    // The warm-up: every user signs in once and every page opens once, so the server, SQLite's cache and V8 are warm.
    for (const username of users) sessions.set(username, (await signIn(browser, system.baseUrl, username, DESK)).state);
    for (const start of STARTS)
      await loadTwice(browser, `${system.baseUrl}/${start.hash}`, start, start.username ? sessions.get(start.username) : undefined);
    await loadTwice(browser, baseline.url, { ...BASELINE_START });

    const rows: Row[] = [...STARTS, BASELINE_START].map((start) => ({ name: start.name, cold: [], reload: [] }));
    const signIns: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const [index, start] of [...STARTS, BASELINE_START].entries()) {
        const url = start === BASELINE_START ? baseline.url : `${system.baseUrl}/${start.hash}`;
        const { cold, reload } = await loadTwice(browser, url, start, start.username ? sessions.get(start.username) : undefined);
        rows[index]!.cold.push(cold);
        rows[index]!.reload.push(reload);
      }
      signIns.push((await signIn(browser, system.baseUrl, 'ent04', PHONE)).elapsed);
      console.error(`  run ${run + 1}/${RUNS} done`);
    }
    await report(rows, signIns, { before, started, chromium: browser.version() });
  } finally {
    await browser.close();
    await baseline.stop();
    await system.stop();
  }
}

const BASELINE_START: JourneyStart = {
  name: 'baseline: minimal Vite+React+rjsf page',
  role: 'baseline',
  hash: '',
  screen: PHONE,
  ready: ['form input'],
};

async function report(rows: Row[], signIns: number[], run: { before: number[]; started: Date; chromium: string }) {
  const lines = [
    `bench:pages ${run.started.toISOString()} · chromium ${run.chromium} · ${RUNS} runs, medians · load average before ${run.before.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    '',
    '| page | first paint ms | ready ms | full load ms | JS gzip KB | JS on the wire KB | all on the wire KB | requests | reload: ready ms | reload: load ms | reload: on the wire KB |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const last = row.cold[row.cold.length - 1]!;
    lines.push(
      `| ${row.name} | ${ms(median(row.cold.map((l) => l.firstPaint)))} | ${ms(median(row.cold.map((l) => l.ready)))} | ${ms(median(row.cold.map((l) => l.load)))} | ${kb(await gzipOf(jsUrls(last)))} | ${kb(sum(last, 'js', 'encoded'))} | ${kb(sum(last, 'all', 'transfer'))} | ${last.resources.length} | ${ms(median(row.reload.map((l) => l.ready)))} | ${ms(median(row.reload.map((l) => l.load)))} | ${kb(median(row.reload.map((l) => sum(l, 'all', 'transfer'))))} |`,
    );
  }
  lines.push('', '| role | pages | JS gzip KB (all scripts of those pages, each once) | target |', '|---|---|---|---|');
  for (const role of ['gate', 'enterprise', 'cadre', 'hq']) {
    const starts = STARTS.filter((s) => s.role === role || s.role === 'anyone');
    const urls = starts.flatMap((s) => jsUrls(rows[STARTS.indexOf(s)]!.cold[0]!));
    const target = role === 'gate' || role === 'enterprise' ? '≤ 235' : '—';
    lines.push(`| ${role} | ${starts.map((s) => s.name).join(', ')} | ${kb(await gzipOf(urls))} | ${target} |`);
  }
  if (values.waterfall)
    for (const row of rows) {
      const last = row.cold[row.cold.length - 1]!;
      lines.push('', `${row.name} (last cold load): first paint ${ms(last.firstPaint)}, ready ${ms(last.ready)}`);
      for (const r of [...last.resources].sort((a, b) => a.start - b.start))
        lines.push(`  ${ms(r.start).padStart(5)} → ${ms(r.end).padStart(5)}  ${kb(r.encoded).padStart(7)} KB  ${new URL(r.url).pathname}`);
    }
  lines.push(
    '',
    `sign-in (ent04, phone): pressing 登录 to a ready home page, median ${ms(median(signIns))} ms of ${signIns.map(ms).join(', ')}`,
  );
  console.log(lines.join('\n'));
}

await main();
