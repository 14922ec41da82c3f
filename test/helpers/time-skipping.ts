// A time-skipping test server with a worker on it, for timer logic: the project's pinned binary, the workflow bundle
// built once in globalSetup, and the activities the caller passes (real ones over a test database, or wrapped ones).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities, type Activities } from '#activities/index';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { startBareApp, type BareApp } from './bare-app';
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

/** A bare app on the time-skipping server, and the server with its worker; `stop` shuts all down. */
export interface AppOnTimeSkipping {
  app: BareApp;
  skipping: TimeSkipping;
  stop(): Promise<void>;
}

/** Starts a bare app that starts workflows and sends Updates through a fresh time-skipping server's client, and a
 * worker there running the real activities on the app's database in `timeZone`. */
export async function startAppOnTimeSkipping(timeZone: string): Promise<AppOnTimeSkipping> {
  let skipping: TimeSkipping | undefined;
  // The app needs the client before the server exists (the worker needs the app's database): it asks when it starts one.
  const app = await startBareApp({
    temporal: {
      get workflow() {
        return skipping?.env.client.workflow;
      },
    },
  });
  try {
    const activities = createActivities({ db: app.db, renderer: createTemplateRenderer(timeZone), from: 'noreply@fugong.local', timeZone });
    skipping = await startTimeSkipping(app.config.temporal.taskQueue, activities);
  } catch (error) {
    await app.stop();
    throw error;
  }
  const started = skipping;
  return {
    app,
    skipping: started,
    async stop() {
      await started.stop();
      await app.stop();
    },
  };
}
