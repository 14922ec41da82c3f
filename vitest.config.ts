// Two projects: `unit` (no servers, seconds — `npm run test:unit`) and `servers` (the real Temporal dev server, SQLite
// files, PostgreSQL, SMTP on loopback, and chromium for the files under test/browser/ — `npx vitest run test/browser`
// runs those alone). `npm test` runs both. A unit test is named `*.unit.test.ts`;
// test/core/unit-tests-stay-unit.unit.test.ts keeps them free of servers.
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/helpers/longest-first';

const UNIT = 'test/**/*.unit.test.ts';

export default defineConfig({
  test: {
    pool: 'forks',
    // Most server files wait on real servers and real time (a drill's check-in minutes, a page's poll), not on CPU: a
    // third fork on two cores shortens the run (measured in bench/RESULTS.md, CI's duration).
    maxWorkers: 3,
    // Files share their forks' module cache: each file re-importing the Temporal SDK, React, AJV and the forms in a
    // process of its own was a third of the CPU a run had (vitest's import and setup times). Tests replace no module and
    // no global (test/core/unit-tests-stay-unit.unit.test.ts), and each file stops the servers it started. A fork is
    // kept only between files of one project, so the browser and integration files are one project.
    isolate: false,
    // Longest first from a recorded run, so no file of minutes starts last (test/helpers/longest-first.ts).
    sequence: { sequencer: LongestFirst },
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: [UNIT], testTimeout: 20_000 } },
      {
        extends: true,
        test: {
          name: 'servers',
          include: ['test/**/*.test.ts'],
          exclude: [UNIT],
          // One Temporal dev server for every file, and the workflow code bundled once; tests run in forked processes.
          globalSetup: ['test/helpers/global-setup.ts'],
          setupFiles: ['test/helpers/quiet-temporal.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
