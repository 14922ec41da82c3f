// A time-skipping test server with a worker on it, for timer logic: the project's pinned binary, the workflow bundle
// built once in globalSetup, and the activities the caller passes (real ones over a test database, or wrapped ones).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Activities } from '../../activities/index';
import { testWorkerCode, timeSkippingEnvironment } from './test-codec';

/** A running environment and worker; `stop` shuts both down. */
export interface TimeSkipping {
  env: TestWorkflowEnvironment;
  worker: Worker;
  stop(): Promise<void>;
}

/** Starts a fresh time-skipping server and a worker polling `taskQueue` with `activities`. */
export async function startTimeSkipping(taskQueue: string, activities: Partial<Activities>): Promise<TimeSkipping> {
  const env = await timeSkippingEnvironment();
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    ...testWorkerCode(),
    activities,
  });
  const running = worker.run();
  return {
    env,
    worker,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}
