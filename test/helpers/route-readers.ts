// Who among the app's modules reads a request's query or body: the contract guards (test/web/query-contracts.test.ts,
// test/web/body-contracts.test.ts) scan web/server's sources and name the module a getter was called from.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
