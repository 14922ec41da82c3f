// Load: callers on loopback keep submitting difficulty reports, reading their inboxes and the dashboard for a fixed
// time, while the in-process worker runs the ladders those reports start. Throughput, p50/p99 and errors per route.
import { listRoutes } from '#web/server/route-list';
import { callerFor, openDrillDb, percentile, startDrillSystem, type DrillCaller, type DrillContext } from './drill-kit';
import { verdict, type DrillResult } from './drill-result';

/** Duration and callers in flight. */
export interface LoadOptions {
  seconds: number;
  concurrency: number;
}

interface Route {
  name: string;
  callers: DrillCaller[];
  call(caller: DrillCaller, i: number): Promise<{ status: number; ms: number }>;
}

/** Runs the load and reports one row per route. */
export async function loadDrill(ctx: DrillContext, options: LoadOptions): Promise<DrillResult[]> {
  const database = await openDrillDb();
  const system = await startDrillSystem(ctx, { db: database.db });
  try {
    const as = (names: string[]) => Promise.all(names.map((name) => callerFor(system.db, system.baseUrl, name)));
    // The dashboard API (helper H's) may not exist in every tree: fall back to the submissions list and say so.
    const dashboard = listRoutes(system.app).includes('GET /api/dashboard') ? '/api/dashboard' : '/api/submissions';
    const routes: Route[] = [
      {
        name: 'submit',
        callers: await as(['ent01', 'ent02', 'ent03', 'ent04', 'ent05']),
        call: (c, i) =>
          c.send('POST', '/api/forms/difficulty-report/submissions', {
            submissionId: crypto.randomUUID(),
            data: { category: 'materials', summary: `原材料短缺 ${i}` },
          }),
      },
      { name: 'inbox', callers: await as(['cadre1', 'cadre2', 'cadre3', 'hq']), call: (c) => c.send('GET', '/api/tasks') },
      { name: 'dashboard', callers: await as(['hq', 'admin']), call: (c) => c.send('GET', dashboard) },
    ];
    const figures = routes.map(() => ({ latencies: [] as number[], errors: 0, statuses: new Map<number, number>() }));
    const deadline = performance.now() + options.seconds * 1000;
    ctx.log(`load: ${options.concurrency} callers for ${options.seconds} s on submit, inbox and ${dashboard}`);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.concurrency }, async (_, loop) => {
        const r = loop % routes.length;
        const route = routes[r]!;
        for (let i = 0; performance.now() < deadline; i++) {
          const answer = await route.call(route.callers[(loop + i) % route.callers.length]!, i).catch(() => ({ status: 0, ms: 0 }));
          figures[r]!.latencies.push(answer.ms);
          figures[r]!.statuses.set(answer.status, (figures[r]!.statuses.get(answer.status) ?? 0) + 1);
          if (answer.status < 200 || answer.status >= 300) figures[r]!.errors++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return routes.map((route, r) => {
      const { latencies, errors, statuses } = figures[r]!;
      latencies.sort((a, b) => a - b);
      const path =
        route.name === 'dashboard'
          ? `GET ${dashboard}`
          : route.name === 'inbox'
            ? 'GET /api/tasks'
            : 'POST /api/forms/difficulty-report/submissions';
      return verdict({
        drill: `load/${route.name}`,
        measured: `${path}, ${options.seconds} s, ${Math.ceil(options.concurrency / routes.length)} callers`,
        lost: null,
        doubled: null,
        errors,
        throughput: latencies.length / seconds,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        notes: [`${latencies.length} requests; statuses ${[...statuses].map(([s, n]) => `${s}×${n}`).join(' ')}`],
      });
    });
  } finally {
    await system.stop();
    await database.close();
  }
}
