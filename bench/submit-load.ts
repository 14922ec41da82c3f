// The load generator of `npm run bench`: bare `workflow.start` calls and HTTP submissions, measured in the order
// bare, HTTP, HTTP, bare (half the count each) so a machine whose load drifts during the run weighs on both paths alike.
// Runs inside the bench's process, or on its own (`--client-process`) so the server's CPU is not shared with its callers.
import { randomUUID } from 'node:crypto';
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
}

/** One path's figures: starts per second, latency percentiles in ms, and the CPU the calling process spent per call. */
export interface PathFigures {
  label: string;
  rate: number;
  p50: number;
  p99: number;
  callerCpuMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `count` calls of `one` with `concurrency` in flight; returns the seconds taken and each call's latency. */
async function timed(count: number, concurrency: number, one: () => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
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
  return { seconds: (performance.now() - started) / 1000, latencies, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function figures(label: string, runs: Awaited<ReturnType<typeof timed>>[]): PathFigures {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const cpuMs = runs.reduce((sum, r) => sum + r.cpuMs, 0);
  return {
    label,
    rate: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    callerCpuMs: cpuMs / latencies.length,
  };
}

/** Measures both paths against the plan's dev server and web server. */
export async function runLoad(plan: LoadPlan, log: (line: string) => void = () => {}): Promise<PathFigures[]> {
  const config = loadConfig({ TEMPORAL_ADDRESS: plan.temporalAddress, LOG_LEVEL: 'silent', FUGONG_PAYLOAD_KEYS: plan.payloadKeys });
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
  try {
    // Unmeasured: connections opened, modules loaded, JIT warm on both sides.
    await timed(plan.warmup, plan.concurrency, bare);
    await timed(plan.warmup, plan.concurrency, viaHttp);
    const half = Math.ceil(plan.count / 2);
    const bareRuns = [];
    const httpRuns = [];
    log(`bare client: ${half}`);
    bareRuns.push(await timed(half, plan.concurrency, bare));
    log(`HTTP submit: ${half}`);
    httpRuns.push(await timed(half, plan.concurrency, viaHttp));
    log(`HTTP submit: ${half}`);
    httpRuns.push(await timed(half, plan.concurrency, viaHttp));
    log(`bare client: ${half}`);
    bareRuns.push(await timed(half, plan.concurrency, bare));
    return [figures('bare client', bareRuns), figures('HTTP submit', httpRuns)];
  } finally {
    agent.destroy();
    await connection.close();
  }
}
