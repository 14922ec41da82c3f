// Connections to Temporal for the web server (client) and the worker, from the one Config.
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import type { Activities } from '../activities/index';
import { temporalAddress, type Config } from './config';
import type { Logger } from './logger';

/** Absolute path of the workflows entry file the worker bundles. */
export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

/** Opens a client connection; retries until the server answers or `timeoutMs` passes. */
export async function connectClient(config: Config, timeoutMs = 60_000): Promise<Client> {
  const address = temporalAddress(config);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: '5 seconds' });
      return new Client({ connection, namespace: config.temporal.namespace });
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`Temporal at ${address} did not answer within ${timeoutMs} ms: ${(error as Error).message}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Options for createWorker; `workflowBundle` lets tests bundle the workflow code once and share it. */
export interface WorkerSetup {
  config: Config;
  activities: Activities;
  workflowBundle?: WorkflowBundleOption;
}

/** Creates (but does not run) a worker on the configured task queue. */
export async function createWorker({ config, activities, workflowBundle }: WorkerSetup): Promise<Worker> {
  const connection = await NativeConnection.connect({ address: temporalAddress(config) });
  return Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities,
  });
}

/** Sends the SDK's own log lines (warnings and errors; its info lines include webpack reports) through our JSON logger. */
export function installTemporalLogging(logger: Logger): void {
  Runtime.install({
    logger: new DefaultLogger('WARN', ({ level, message, meta }) => {
      const method = level === 'ERROR' ? 'error' : level === 'WARN' ? 'warn' : 'info';
      logger[method]({ ...meta, sdk: true }, message);
    }),
  });
}
