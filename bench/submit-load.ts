// The load generator of `npm run bench`: bare `workflow.start` calls and HTTP submissions, measured in the order
// bare, HTTP, HTTP, bare (half the count each) so a machine whose load drifts during the run weighs on both paths alike.
// Runs inside the bench's process, or on its own (`--client-process`) so the server's CPU is not shared with its callers.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '#core/config';
import { processWorkflowId, type ProcessStartInput } from '#core/domain/process-start';
import { dataConverter } from '#core/temporal';

/** Everything the load generator needs, as plain JSON so it can cross a process boundary. */
export interface LoadPlan {
  count: number;
  concurrency: number;
  warmup: number;
  temporalAddress: string;
  taskQueue: string;
  payloadKeys: string;
  baseUrl: string;
  cookieHeader: string;
  csrf: string;
  formKey: string;
  /** How HTTP submissions are sent: node:http on kept-alive sockets (cheapest for the generator) or `fetch` (undici). */
  httpClient: 'node' | 'fetch';
  /** What a bare start carries: the same input submitForm builds. */
  startInput: Omit<ProcessStartInput, 'submissionId'>;
  /** Processes whose CPU time each path is charged with (Linux, read from /proc): the dev server and the web app. */
  watched?: { devServer: number; web: number };
}

/** One path's figures: starts per second, latency percentiles in ms, and the CPU per call of the calling process and,
 * when watched, of the dev server and the web app while that path ran. */
export interface PathFigures {
  label: string;
  rate: number;
  p50: number;
  p99: number;
  callerCpuMs: number;
  devServerCpuMs?: number;
  webCpuMs?: number;
}

type Watched = NonNullable<LoadPlan['watched']>;
type WatchedCpu = Record<keyof Watched, number>;

/** A process's CPU time so far in ms, every thread included (utime + stime of /proc/<pid>/stat). */
function cpuOfProcess(pid: number, ticksPerSecond: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** Reads the watched processes' CPU time, or nothing where /proc is not there. */
function cpuReader(watched: Watched | undefined): () => WatchedCpu | undefined {
  if (!watched) return () => undefined;
  let ticksPerSecond: number;
  try {
    ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    cpuOfProcess(watched.devServer, ticksPerSecond);
  } catch {
    return () => undefined;
  }
  return () => ({ devServer: cpuOfProcess(watched.devServer, ticksPerSecond), web: cpuOfProcess(watched.web, ticksPerSecond) });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `count` calls of `one` with `concurrency` in flight; returns the seconds taken, each call's latency, and the CPU
 * time this process and the watched ones spent meanwhile. */
async function timed(count: number, concurrency: number, one: () => Promise<void>, watchedCpu: () => WatchedCpu | undefined) {
  const latencies: number[] = [];
  let next = 0;
  const watchedBefore = watchedCpu();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) {
        const t0 = performance.now();
        await one();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  const watchedAfter = watchedCpu();
  const watched =
    watchedBefore && watchedAfter
      ? { devServer: watchedAfter.devServer - watchedBefore.devServer, web: watchedAfter.web - watchedBefore.web }
      : undefined;
  return { seconds: (performance.now() - started) / 1000, latencies, cpuMs: (cpu.user + cpu.system) / 1000, watched };
}

function figures(label: string, runs: Awaited<ReturnType<typeof timed>>[]): PathFigures {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const cpuMs = runs.reduce((sum, r) => sum + r.cpuMs, 0);
  const watched = runs.every((r) => r.watched) ? runs.map((r) => r.watched!) : undefined;
  const perCall = (of: keyof WatchedCpu) => (watched ? watched.reduce((sum, w) => sum + w[of], 0) / latencies.length : undefined);
  return {
    label,
    rate: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    callerCpuMs: cpuMs / latencies.length,
    devServerCpuMs: perCall('devServer'),
    webCpuMs: perCall('web'),
  };
}

/** Measures both paths against the plan's dev server and web server. */
export async function runLoad(plan: LoadPlan, log: (line: string) => void = () => {}): Promise<PathFigures[]> {
  const config = loadConfig({
    TEMPORAL_ADDRESS: plan.temporalAddress,
    LOG_LEVEL: 'silent',
    FUGONG_PAYLOAD_KEYS: plan.payloadKeys,
    // Required beside TEMPORAL_ADDRESS; a bench sends no links anyone opens.
    PUBLIC_URL: 'http://localhost:3000',
  });
  const connection = await Connection.connect({ address: plan.temporalAddress });
  // Both paths seal payloads, as every Fugong client does (bench/codec-cost.ts measures what that costs).
  const client = new Client({ connection, namespace: 'default', dataConverter: dataConverter(config) });
  const bare = async () => {
    const submissionId = randomUUID();
    await client.workflow.start('receiptWorkflow', {
      workflowId: processWorkflowId(submissionId),
      taskQueue: plan.taskQueue,
      args: [{ ...plan.startInput, submissionId }],
    });
  };
  const body = (submissionId: string) => JSON.stringify({ submissionId, data: plan.startInput.data });
  const url = new URL(`${plan.baseUrl}/api/forms/${plan.formKey}/submissions`);
  const headers = { 'content-type': 'application/json', 'x-csrf-token': plan.csrf, cookie: plan.cookieHeader };
  const viaFetch = async () => {
    const response = await fetch(url, { method: 'POST', headers, body: body(randomUUID()) });
    if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  // As many kept-alive sockets as calls in flight, like a browser's connections or a proxy's upstream pool.
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const viaNodeHttp = () =>
    new Promise<void>((resolve, reject) => {
      const payload = body(randomUUID());
      const sent = request(
        url,
        { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(payload) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            response.statusCode === 202
              ? resolve()
              : reject(new Error(`submit answered ${response.statusCode}: ${Buffer.concat(chunks).toString()}`)),
          );
          response.on('error', reject);
        },
      );
      sent.on('error', reject);
      sent.end(payload);
    });
  const viaHttp = plan.httpClient === 'fetch' ? viaFetch : viaNodeHttp;
  const watchedCpu = cpuReader(plan.watched);
  const run = (count: number, one: () => Promise<void>) => timed(count, plan.concurrency, one, watchedCpu);
  try {
    // Unmeasured: connections opened, modules loaded, JIT warm on both sides.
    await run(plan.warmup, bare);
    await run(plan.warmup, viaHttp);
    const half = Math.ceil(plan.count / 2);
    const bareRuns = [];
    const httpRuns = [];
    log(`bare client: ${half}`);
    bareRuns.push(await run(half, bare));
    log(`HTTP submit: ${half}`);
    httpRuns.push(await run(half, viaHttp));
    log(`HTTP submit: ${half}`);
    httpRuns.push(await run(half, viaHttp));
    log(`bare client: ${half}`);
    bareRuns.push(await run(half, bare));
    return [figures('bare client', bareRuns), figures('HTTP submit', httpRuns)];
  } finally {
    agent.destroy();
    await connection.close();
  }
}
