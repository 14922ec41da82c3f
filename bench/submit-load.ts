// The load generator of `npm run bench`: bare `workflow.start` calls and HTTP submissions, measured in the order
// bare, HTTP, HTTP, bare (half the count each) so a machine whose load drifts during the run weighs on both paths alike.
// Runs inside the bench's process, or on its own (`--client-process`) so the server's CPU is not shared with its callers.
import { randomUUID } from 'node:crypto';
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
  /** What a bare start carries: the same input submitForm builds. */
  startInput: Omit<ProcessStartInput, 'submissionId'>;
}

/** One path's figures: starts per second and latency percentiles in ms. */
export interface PathFigures {
  label: string;
  rate: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `count` calls of `one` with `concurrency` in flight; returns the seconds taken and each call's latency. */
async function timed(count: number, concurrency: number, one: () => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
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
  return { seconds: (performance.now() - started) / 1000, latencies };
}

function figures(label: string, runs: Awaited<ReturnType<typeof timed>>[]): PathFigures {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  return { label, rate: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
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
  const viaHttp = async () => {
    const response = await fetch(`${plan.baseUrl}/api/forms/${plan.formKey}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': plan.csrf, cookie: plan.cookieHeader },
      body: body(randomUUID()),
    });
    if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
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
    await connection.close();
  }
}
