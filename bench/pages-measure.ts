// One page load in chromium, measured from inside the page: first contentful paint, the moment the page shows its
// content ("ready": its selectors are in the DOM and no loading indicator is left in <main>), the last byte of the
// load (after the network went idle), and the bytes of every response by kind, from the Resource Timing entries.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

/** What `bench:pages` waits for on a page: CSS selectors that must all match, with no `main .loading` left. */
export interface ReadyWhen {
  selectors: string[];
}

/** One response of a page load, as the Resource Timing API saw it. */
export interface LoadedResource {
  url: string;
  kind: 'document' | 'js' | 'css' | 'api' | 'other';
  /** Bytes on the wire, headers included (0 when it came from the browser's cache). */
  transfer: number;
  /** Body bytes as sent (compressed when the server compressed). */
  encoded: number;
  /** When the request started and its last byte arrived, ms from the start of the navigation. */
  start: number;
  end: number;
}

/** The figures of one page load; times in ms from the start of the navigation. */
export interface PageLoad {
  firstPaint: number;
  ready: number;
  load: number;
  resources: LoadedResource[];
}

// Runs in the page before any of its scripts: records when the ready condition first holds. A string, not a function:
// tsx would wrap a named function's inner functions in its `__name` helper, which the page does not have.
const WATCH_READY = `(() => {
  const selectors = %SELECTORS%;
  const check = () => {
    if (window.__benchReady !== undefined) return;
    if (selectors.every((s) => document.querySelector(s)) && !document.querySelector('main .loading')) window.__benchReady = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

function kindOf(url: string, initiator: string): LoadedResource['kind'] {
  const path = new URL(url).pathname;
  if (initiator === 'navigation') return 'document';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.startsWith('/api/') || path === '/healthz') return 'api';
  return 'other';
}

/** Prepares a page of `context` to report when `ready` holds; call before the navigation to measure. */
export async function watchedPage(context: BrowserContext, ready: ReadyWhen): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_READY.replace('%SELECTORS%', JSON.stringify(ready.selectors)));
  return page;
}

/** Waits for the ready condition and an idle network after a navigation of `page`, then reads the figures. */
export async function figuresOf(page: Page): Promise<PageLoad> {
  await page.waitForFunction(() => (window as unknown as { __benchReady?: number }).__benchReady !== undefined, null, {
    timeout: 60_000,
  });
  await page.waitForLoadState('networkidle');
  const raw = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: (window as unknown as { __benchReady: number }).__benchReady,
      // The later of the last byte and the page showing its content (rendering can outlast the network).
      load: Math.max(
        nav.loadEventEnd,
        ...resources.map((r) => r.responseEnd),
        (window as unknown as { __benchReady: number }).__benchReady,
      ),
      entries: [nav, ...resources].map((e) => ({
        url: e.name,
        initiator: e.initiatorType,
        transfer: e.transferSize,
        encoded: e.encodedBodySize,
        start: e.startTime,
        end: e.responseEnd,
      })),
    };
  });
  return {
    firstPaint: raw.firstPaint,
    ready: raw.ready,
    load: raw.load,
    resources: raw.entries.map(({ initiator, ...e }) => ({ ...e, kind: kindOf(e.url, initiator) })),
  };
}

const gzipSizes = new Map<string, number>();

/** The gzip size (zlib's default level, as a gzipping server sends it) of each script URL, fetched once per URL. */
export async function gzipSizeOf(url: string): Promise<number> {
  if (!gzipSizes.has(url)) {
    const body = Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    gzipSizes.set(url, gzipSync(body).length);
  }
  return gzipSizes.get(url)!;
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
