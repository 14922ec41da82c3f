// The order vitest starts a project's files in: longest first, so the files that take minutes (the scan of every page,
// a drill waiting on check-ins in real time) start at once beside the short ones instead of being the last ones running
// while the other forks have nothing left to do (bench/RESULTS.md, session 26). The projects themselves run one after
// another (their groupOrder in vitest.config.ts). A clean clone has no vitest cache, so the durations come from
// test/durations.json (`npm run test:durations` rewrites it from a full run's JSON report); a local run's own cache
// wins where it has the file.
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
    return Promise.resolve([...files].sort((a, b) => weight(b) - weight(a)));
  }
}
