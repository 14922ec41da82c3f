// What an administrator (or the IT team on call) asks first: which versions run, whether Temporal answers and on which
// namespace and queue, how many workers poll it and how much work waits, what the outbox holds, and when the last
// backup finished. Read live on each request from Temporal's describe calls and the app DB; nothing here is stored.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import type { Config } from '#core/config';
import { temporalAddress } from '#core/config';
import type { Db } from '#core/stores/db-types';
import {
  appliedMigrations,
  failingOutboxCount,
  keptOutboxCountsByChannel,
  oldestQueuedOutboxAt,
  outboxCountsByStatus,
} from '#core/stores/system/operations-store';

const { TaskQueueType } = proto.temporal.api.enums.v1;
const require = createRequire(import.meta.url);
const versionOf = (file: string) => (JSON.parse(readFileSync(require.resolve(file), 'utf8')) as { version: string }).version;
const APP_VERSION = versionOf('../../../package.json');
const SDK_VERSION = versionOf('@temporalio/client/package.json');

/** One task queue type as Temporal reports it: who polls it and how much waits. */
export interface QueueState {
  pollers: { identity: string; lastAccessAt: string | null }[];
  backlog: number;
  backlogAgeSeconds: number;
}

/** The system page's figures. */
export interface SystemStatus {
  versions: { app: string; node: string; temporalSdk: string; temporalServer: string | null };
  database: { client: 'sqlite3' | 'pg'; lastMigration: string | null; migrations: number };
  temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    reachable: boolean;
    /** Distinct worker processes polling the queue (a worker polls both types under one identity). */
    workers: number;
    workflowTasks: QueueState | null;
    activityTasks: QueueState | null;
  };
  outbox: {
    queued: number;
    oldestQueuedAt: string | null;
    sent: number;
    /** Email kept in the outbox while SMTP_URL is unset. */
    keptWithoutSmtp: number;
    /** Texts kept while no SMS gateway is configured. */
    keptWithoutSms: number;
    /** Group-robot messages kept while their channel's WECOM_ROBOT_URL or DINGTALK_ROBOT_URL is unset. */
    keptWithoutRobotUrl: number;
    /** Messages kept without their provider and too old (MAIL_KEPT_SEND_HOURS) to send once it was configured
     * (core/notify/kept-release.ts). */
    expired: number;
    failing: number;
    smtp: boolean;
    /** Whether the SMS gateway is configured, and both group-robot addresses. */
    sms: boolean;
    robots: boolean;
    keptSendHours: number;
  };
  backup: { configured: boolean; lastAt: string | null };
  checkedAt: string;
}

function seconds(duration: { seconds?: unknown; nanos?: unknown } | null | undefined): number {
  if (!duration) return 0;
  return Number(duration.seconds ?? 0) + Number(duration.nanos ?? 0) / 1e9;
}

function timestamp(value: { seconds?: unknown; nanos?: unknown } | null | undefined): string | null {
  const s = seconds(value);
  return s > 0 ? new Date(s * 1000).toISOString() : null;
}

async function queueState(temporal: Client, namespace: string, name: string, type: number, reportStats: boolean): Promise<QueueState> {
  const answer = await temporal.workflowService.describeTaskQueue({
    namespace,
    taskQueue: { name },
    taskQueueType: type,
    reportStats,
  });
  return {
    pollers: (answer.pollers ?? []).map((poller) => ({
      identity: poller.identity ?? '',
      lastAccessAt: timestamp(poller.lastAccessTime as never),
    })),
    backlog: Number(answer.stats?.approximateBacklogCount ?? 0),
    backlogAgeSeconds: seconds(answer.stats?.approximateBacklogAge as never),
  };
}

/** Who polls the queue's two task types, and how many distinct worker processes that is (a worker polls both under
 * one identity); rejects when Temporal does not answer. `reportStats: false` (GET /healthz) skips the backlog figures. */
export async function taskQueueState(
  temporal: Client,
  namespace: string,
  taskQueue: string,
  reportStats = true,
): Promise<{ workers: number; workflowTasks: QueueState; activityTasks: QueueState }> {
  const [workflowTasks, activityTasks] = await Promise.all([
    queueState(temporal, namespace, taskQueue, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW, reportStats),
    queueState(temporal, namespace, taskQueue, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY, reportStats),
  ]);
  const identities = new Set([...workflowTasks.pollers, ...activityTasks.pollers].map((poller) => poller.identity));
  return { workers: identities.size, workflowTasks, activityTasks };
}

async function outboxState(db: Db) {
  const counts = await outboxCountsByStatus(db);
  const count = (status: string) => counts.get(status) ?? 0;
  const kept = await keptOutboxCountsByChannel(db);
  const keptOn = (channel: string) => kept.get(channel) ?? 0;
  return {
    queued: count('queued'),
    oldestQueuedAt: await oldestQueuedOutboxAt(db),
    sent: count('sent'),
    keptWithoutSmtp: keptOn('email'),
    keptWithoutSms: keptOn('sms'),
    keptWithoutRobotUrl: keptOn('wecom-robot') + keptOn('dingtalk-robot'),
    expired: count('expired'),
    failing: await failingOutboxCount(db),
  };
}

async function migrationState(db: Db) {
  const names = await appliedMigrations(db);
  return { migrations: names.length, lastMigration: names.at(-1) ?? null };
}

function lastBackup(path: string | undefined): string | null {
  if (!path) return null;
  try {
    return statSync(path).mtime.toISOString();
  } catch {
    return null;
  }
}

/** Reads the figures; a Temporal that does not answer gives `reachable: false` and no queue figures, not an error. */
export async function systemStatus(db: Db, temporal: Client, config: Config, now: Date): Promise<SystemStatus> {
  const { namespace, taskQueue } = config.temporal;
  let serverVersion: string | null = null;
  let queue: Awaited<ReturnType<typeof taskQueueState>> | null = null;
  try {
    serverVersion = (await temporal.workflowService.getSystemInfo({})).serverVersion || null;
    queue = await taskQueueState(temporal, namespace, taskQueue);
  } catch {
    // Unreachable: shown as such on the page; /healthz and the logs carry the reason.
  }
  return {
    versions: { app: APP_VERSION, node: process.version, temporalSdk: SDK_VERSION, temporalServer: serverVersion },
    database: { client: config.database.client, ...(await migrationState(db)) },
    temporal: {
      address: temporalAddress(config),
      namespace,
      taskQueue,
      reachable: serverVersion !== null,
      workers: queue?.workers ?? 0,
      workflowTasks: queue?.workflowTasks ?? null,
      activityTasks: queue?.activityTasks ?? null,
    },
    outbox: {
      ...(await outboxState(db)),
      smtp: Boolean(config.mail.smtpUrl),
      sms: Boolean(config.sms),
      robots: Boolean(config.robots.wecomUrl && config.robots.dingtalkUrl),
      keptSendHours: config.mail.keptSendHours,
    },
    backup: { configured: Boolean(config.backupStamp), lastAt: lastBackup(config.backupStamp) },
    checkedAt: now.toISOString(),
  };
}
