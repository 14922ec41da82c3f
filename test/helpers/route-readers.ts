// Who among the app's modules reads a request's query or body: the contract guards (test/web/query-contracts.test.ts,
// test/web/body-contracts.test.ts) scan web/server's sources and name the module a getter was called from.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Express, Request } from 'express';
import { createLogger } from '#core/logger';
import { createApp } from '#web/server/create-app';
import { freePort } from '#scripts/kit/start-script';
import type { BareApp } from './bare-app';
import { listenOnLoopback } from './built-pages';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SERVER = join(ROOT, 'web', 'server');

/** The TypeScript sources under `dir`. */
export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `path` from the repository's root, with `/` between folders. */
export const posix = (path: string) => relative(ROOT, path).split(sep).join('/');

/** The module (`web/server/…ts:line`) a getter was called from, from the stack it took: the first frame of the app's,
 * leaving out `getterFile`, where the getter is. */
export function readerOf(stack: string, getterFile: string): string {
  const frames = stack.split('\n').slice(1);
  const own = frames.find((frame) => frame.includes(ROOT) && !frame.includes('node_modules') && !frame.includes(getterFile));
  const match = own && /\((.*?):(\d+):\d+\)$|at (.*?):(\d+):\d+$/.exec(own.trim());
  return match ? `${posix(match[1] ?? match[3]!)}:${match[2] ?? match[4]}` : '(unknown)';
}

/** The sources under web/server, other than `allowed` (paths from the root), whose code reads `req.<property>`. */
export function serverSourcesReading(property: 'query' | 'body', allowed: readonly string[]): string[] {
  const reads = new RegExp(
    `\\breq(uest)?\\s*\\.\\s*${property}\\b|\\breq(uest)?\\s*\\[\\s*['"]${property}['"]\\s*\\]|\\{[^}]*\\b${property}\\b[^}]*\\}\\s*=\\s*req(uest)?\\b`,
  );
  return sources(SERVER)
    .filter((file) => !allowed.includes(posix(file)))
    .filter((file) => reads.test(readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')))
    .map(posix);
}

/** The app of `bare` listening on loopback, `req.<property>` of its requests watched: `onRead` hears the module that
 * read it (`web/server/…ts:line`, or `(unknown)`). The accessor is on this app's own request prototype, not express's
 * shared one, so other files in the fork never meet it. */
export async function watchedApp(
  bare: BareApp,
  property: 'query' | 'body',
  onRead: (reader: string) => void,
): Promise<{ app: Express; baseUrl: string; close: () => Promise<void> }> {
  const app = createApp({ config: bare.config, db: bare.db, temporal: {} as never, logger: createLogger('test', 'silent') });
  // express's own getter (the query string), or the value a parser set (the body).
  const inherited = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(app.request), property);
  const slot = Symbol(property);
  Object.defineProperty(app.request, property, {
    configurable: true,
    get(this: Request & Record<symbol, unknown>) {
      onRead(readerOf(new Error().stack ?? '', import.meta.filename));
      return slot in this ? this[slot] : inherited?.get?.call(this);
    },
    set(this: Request & Record<symbol, unknown>, value: unknown) {
      this[slot] = value;
    },
  });
  const port = await freePort();
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: await listenOnLoopback(app, port) };
}
