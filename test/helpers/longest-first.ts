// The order vitest starts files in: longest first, across the browser and integration files alike, so the files that
// take minutes (the scan of every page, a drill waiting on check-ins in real time) start at once beside the short ones
// instead of being the last ones running on an otherwise idle machine (bench/RESULTS.md, session 26). A clean clone has
// no vitest cache, so the durations come from test/durations.json (`npm run test:durations` rewrites it from a full
// run's JSON report); a local run's own cache wins where it has the file. Unit files run last, after the server files.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds per file (path from the repository root) of a recent full run. */
export const DURATIONS_FILE = new URL('../durations.json', import.meta.url);

/** What a file missing from the record is taken to last: a typical server file, not a long one. */
const UNKNOWN_SECONDS = 8;

function recorded(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

export default class LongestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const durations = recorded();
    const root = this.ctx.config.root;
    const weight = (spec: TestSpecification) => {
      const path = relative(root, spec.moduleId);
      const cached = this.ctx.cache.getFileTestResults(`${spec.project.name}:${path}`);
      // A file that failed last time locally runs first, as vitest's own order does.
      if (cached?.failed) return Number.POSITIVE_INFINITY;
      return cached ? cached.duration / 1000 : (durations[path] ?? UNKNOWN_SECONDS);
    };
    const unitLast = (spec: TestSpecification) => (spec.project.name === 'unit' ? 1 : 0);
    return Promise.resolve([...files].sort((a, b) => unitLast(a) - unitLast(b) || weight(b) - weight(a)));
  }
}
