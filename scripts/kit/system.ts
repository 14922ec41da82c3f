// The system in one process, as tests and drills run it: the web app on loopback and (unless told not to) a worker on
// the caller's task queue, both over the caller's database and Temporal. Tests (test/helpers/running-system.ts) and
// drills (scripts/drills/drill-kit.ts) add only what differs: where the database and the config come from.
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import type { Express } from 'express';
import type { Knex } from 'knex';
import { createActivities } from '#activities/index';
import { temporalAddress, type Config } from '#core/config';
import type { Logger } from '#core/logger';
import type { Mailer } from '#core/mail/mailer';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { createMailPass, type MailPass } from '#core/notify/held-mail';
import { createWorker, dataConverter } from '#core/temporal';
import { createApp } from '#web/server/create-app';
import { listenTracked, type TrackedServer } from './in-flight';

/** What to start: `config` names Temporal's address, the task queue and the payload keys. */
export interface SystemOptions {
  config: Config;
  db: Knex;
  /** The bundled workflow code the worker runs. */
  workflowBundlePath: string;
  /** An in-process worker unless false (a drill that runs the worker as a child process). */
  worker?: boolean;
  mailer?: Mailer;
  logger: Logger;
  /** The port the app listens on; config.port when absent, 0 for any. */
  port?: number;
  /** The web app's clock (a test's fixed time of day); the real one when absent. */
  now?: () => Date;
}

/** A running system and how to stop it (the database stays open: whoever opened it closes it). */
export interface StartedSystem {
  baseUrl: string;
  app: Express;
  config: Config;
  db: Knex;
  client: Client;
  stop(): Promise<void>;
}

/** Starts the worker (unless `worker: false`), a Temporal client and the web app; resolves once the app listens. */
export async function startSystem(options: SystemOptions): Promise<StartedSystem> {
  const { config, db } = options;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  let mailPass: MailPass | undefined;
  if (options.worker !== false) {
    const renderer = createTemplateRenderer(config.timeZone);
    // As in scripts/worker.ts: mail SMTP did not take at once leaves from the outbox with the mail pass.
    const { mailer } = options;
    mailPass = mailer && createMailPass({ db, mailer, from: config.mail.from, idleMs: config.mail.passSeconds * 1000 });
    mailPass?.start();
    const { from } = config.mail;
    const activities = createActivities({ db, renderer, mailer, from, onQueued: mailPass?.wake, timeZone: config.timeZone });
    worker = await createWorker({ config, activities, workflowBundle: { codePath: options.workflowBundlePath } });
    running = worker.run();
  }
  const connection = await Connection.connect({ address: temporalAddress(config) });
  const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: dataConverter(config) });
  const app = createApp({ config, db, temporal: client, logger: options.logger, now: options.now });
  const stopWorkerAndClient = async () => {
    // A drill may have stopped Temporal under the worker, which then ends on its own with an error.
    if (worker && worker.getState() === 'RUNNING') worker.shutdown();
    await running?.catch(() => undefined);
    await mailPass?.stop();
    await connection.close();
  };
  let listening: TrackedServer;
  try {
    listening = await listenTracked(app, options.port ?? config.port, '127.0.0.1');
  } catch (error) {
    // A port found free a moment ago and taken since (EADDRINUSE): the caller may try another.
    await stopWorkerAndClient();
    throw error;
  }
  return {
    baseUrl: `http://127.0.0.1:${(listening.server.address() as AddressInfo).port}`,
    app,
    config,
    db,
    client,
    async stop() {
      // Handlers still awaiting Temporal (an update the worker answers) end before the worker and the connection go.
      await listening.stop();
      await stopWorkerAndClient();
    },
  };
}
