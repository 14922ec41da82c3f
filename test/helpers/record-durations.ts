// Rewrites test/durations.json from a full run's JSON report (`.ci/run` writes test-results/vitest.json; locally:
// `npx vitest run --reporter=json --outputFile.json=test-results/vitest.json`), for the longest-first order
// (test/helpers/longest-first.ts). Run with `npm run test:durations [report]`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DURATIONS_FILE } from './longest-first';

interface Report {
  testResults: { name: string; startTime: number; endTime: number }[];
}

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** A file's path from its repository's root, the report possibly written in another clone. */
function repoPath(name: string): string {
  const path = relative(root, name);
  return path.startsWith('..') ? name.slice(name.indexOf('/test/') + 1) : path;
}
const reportPath = resolve(process.argv[2] ?? 'test-results/vitest.json');
if (!existsSync(reportPath)) {
  console.error(`No report at ${reportPath}: run the whole suite with --reporter=json --outputFile.json=${reportPath} first.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
const seconds = Object.fromEntries(
  report.testResults
    .map((file) => [repoPath(file.name), Math.round((file.endTime - file.startTime) / 100) / 10] as const)
    .filter(([path, duration]) => !path.endsWith('.unit.test.ts') && duration > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeFileSync(DURATIONS_FILE, `${JSON.stringify(seconds, null, 2)}\n`);
console.log(`${Object.keys(seconds).length} files' durations written to ${relative(root, fileURLToPath(DURATIONS_FILE))}`);
