// Three projects: `unit` (no servers, seconds — `npm run test:unit`), `integration` (the real Temporal dev server, SQLite
// files, PostgreSQL, SMTP on loopback) and `browser` (chromium against a running system). `npm test` runs all.
// A unit test is named `*.unit.test.ts`; test/core/unit-tests-stay-unit.unit.test.ts keeps them free of servers.
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/helpers/longest-first';

const UNIT = 'test/**/*.unit.test.ts';
const BROWSER = 'test/browser/**/*.test.ts';

// Servers come from one Temporal dev server started in globalSetup; tests run in forked processes.
const withServers = {
  globalSetup: ['test/helpers/global-setup.ts'],
  setupFiles: ['test/helpers/quiet-temporal.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 3,
    // Files share their forks' module cache: each file re-importing the Temporal SDK, React, AJV and the forms in a
    // process of its own was a third of the CPU a run had (vitest's import and setup times). Tests replace no module and
    // no global (test/core/unit-tests-stay-unit.unit.test.ts), and each file stops the servers it started.
    isolate: false,
    // Longest first within each project, from a recorded run (test/helpers/longest-first.ts).
    sequence: { sequencer: LongestFirst },
    reporters: ['default'],
    // The projects run one after another (groupOrder), each with its own number of forks: the browser files keep two
    // cores busy with three (chromium renders, the app serves); the integration files mostly wait on servers, spawned
    // processes and real time, so five run at once (bench/RESULTS.md, session 26).
    projects: [
      { extends: true, test: { name: 'browser', include: [BROWSER], sequence: { groupOrder: 0 }, ...withServers } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [UNIT, BROWSER],
          maxWorkers: 5,
          sequence: { groupOrder: 1 },
          ...withServers,
        },
      },
      { extends: true, test: { name: 'unit', include: [UNIT], testTimeout: 20_000, sequence: { groupOrder: 2 } } },
    ],
  },
});
