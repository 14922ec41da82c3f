// Runs the reliability and security drills one after another against one dev server and prints ONE summary table.
// Usage: npm run drills [-- --only hostile-input,duplicates,scale-out] [--quick] [--ladders 1000 --quarantines 1000 --timers 10000 --receipts 200
//        --cases 100000 --ids 250 --copies 4 --mails 200 --requests 500 --seconds 60 --concurrency 16 --pg postgres://…]
import { parseArgs } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { bundleWorkflows, startTemporal, type DrillContext } from '#scripts/drills/drill-kit';
import { printFigures, summaryTable, type DrillResult } from '#scripts/drills/drill-result';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    ladders: { type: 'string' },
    quarantines: { type: 'string' },
    timers: { type: 'string' },
    receipts: { type: 'string' },
    cases: { type: 'string' },
    ids: { type: 'string' },
    copies: { type: 'string' },
    mails: { type: 'string' },
    requests: { type: 'string' },
    seconds: { type: 'string' },
    concurrency: { type: 'string' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
/** A scale flag, or its full-size default, or its --quick default. */
const scale = (name: keyof typeof values, full: number, quick: number) =>
  values[name] ? Number(values[name]) : values.quick ? quick : full;

// Imported when chosen, so `--only` starts nothing it does not need.
type Drill = (ctx: DrillContext) => Promise<DrillResult[]>;
const DRILLS: Record<string, Drill> = {
  'worker-crash': async (ctx) =>
    (await import('#scripts/drills/worker-crash-drill')).workerCrashDrill(ctx, {
      ladders: scale('ladders', 1000, 30),
      quarantines: scale('quarantines', 1000, 30),
    }),
  'temporal-restart': async (ctx) =>
    (await import('#scripts/drills/temporal-restart-drill')).temporalRestartDrill(ctx, {
      timers: scale('timers', 10_000, 1_000),
      receipts: scale('receipts', 200, 20),
    }),
  'smtp-outage': async (ctx) =>
    (await import('#scripts/drills/smtp-outage-drill')).smtpOutageDrill(ctx, {
      workflows: scale('mails', 200, 10) / 2,
      outageMs: values.quick ? 8_000 : 20_000,
    }),
  'database-busy': async (ctx) =>
    (await import('#scripts/drills/database-busy-drill')).databaseBusyDrill(ctx, {
      requests: scale('requests', 500, 150),
      writers: 4,
      pgUrl: values.pg || undefined,
    }),
  duplicates: async (ctx) =>
    (await import('#scripts/drills/duplicate-submissions-drill')).duplicateSubmissionsDrill(ctx, {
      ids: scale('ids', 250, 50),
      copies: scale('copies', 4, 4),
    }),
  'hostile-input': async (ctx) =>
    (await import('#scripts/drills/hostile-input-drill')).hostileInputDrill(ctx, { cases: scale('cases', 100_000, 2_000) }),
  'scale-out': async (ctx) =>
    (await import('#scripts/drills/scale-out-drill')).scaleOutDrill(ctx, {
      seconds: scale('seconds', 60, 20),
      concurrency: scale('concurrency', 16, 8),
      pgUrl: values.pg || 'postgres://postgres@127.0.0.1:5432/test',
    }),
  load: async (ctx) =>
    (await import('#scripts/drills/load-drill')).loadDrill(ctx, {
      seconds: scale('seconds', 60, 10),
      concurrency: scale('concurrency', 16, 8),
    }),
};

const chosen = values.only ? values.only.split(',').map((name) => name.trim()) : Object.keys(DRILLS);
const unknown = chosen.filter((name) => !DRILLS[name]);
if (unknown.length) {
  console.error(`Unknown drill ${unknown.join(', ')}; the drills are: ${Object.keys(DRILLS).join(', ')}`);
  process.exit(2);
}

// The drills provoke retries on purpose (dead SMTP, vanished server): keep the SDK's and core's warnings out of the report.
Runtime.install({
  logger: new DefaultLogger('ERROR'),
  telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' }, forward: {} } },
});
const log = (line: string) => process.stderr.write(`[drills ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
log('starting a Temporal dev server and bundling the workflow code');
const [server, workflowBundlePath] = await Promise.all([startTemporal(), bundleWorkflows()]);
const ctx: DrillContext = { temporalAddress: server.address, workflowBundlePath, log };
const results: DrillResult[] = [];
for (const name of chosen) {
  const started = performance.now();
  log(`${name}: running`);
  try {
    const found = await DRILLS[name]!(ctx);
    printFigures(found);
    results.push(...found);
  } catch (error) {
    console.error(error);
    results.push({
      drill: name,
      measured: `crashed: ${(error as Error).message.split('\n')[0]!.slice(0, 120)}`,
      lost: null,
      doubled: null,
      errors: 1,
      pass: false,
    });
  }
  log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
await server.stop();
console.log(`\nDrills summary (${new Date().toISOString()})\n\n${summaryTable(results)}\n`);
process.exit(results.every((r) => r.pass) ? 0 : 1);
