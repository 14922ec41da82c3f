// What the campaign's operators watch at night, read from the app DB when Prometheus scrapes: the outbox's depth and
// age per channel, open tasks and SLA breaches by process and rung, active quarantines, and the DB pool's waiters.
// Each gauge is reset and refilled on every scrape, so a rung that emptied disappears instead of keeping its last value.
// With the DB down a scrape still answers: those gauges carry no series (NaN without labels), fugong_app_db_up says 0, and the process and
// HTTP families stay readable (one failed read used to fail the whole scrape: 500, the replica seen as down).
import { Gauge, type Registry } from 'prom-client';
import type { Database } from '#core/stores/db-types';
import { pingDatabase } from '#core/stores/health-store';
import {
  activeQuarantineCount,
  oldestQueuedOutboxAt,
  openTaskCounts,
  poolState,
  queuedOutboxCount,
  type OpenTaskCount,
} from '#core/stores/system/operations-store';

/** Channels the outbox delivers through; every row so far is an email. */
const EMAIL = 'email';

/** Adds the domain families to `registry`; each reads the DB when collected. */
export function domainGauges(registry: Registry, db: Database, now: () => Date): void {
  new Gauge({
    name: 'fugong_outbox_pending',
    help: 'Messages queued for delivery and not yet sent, by channel (without SMTP_URL mail stays in the outbox table and is not counted)',
    labelNames: ['channel'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const queued = await orNothing(queuedOutboxCount(db));
      if (queued !== undefined) this.set({ channel: EMAIL }, queued);
    },
  });
  new Gauge({
    name: 'fugong_outbox_oldest_age_seconds',
    help: 'Age of the oldest undelivered message, by channel (0 when none waits)',
    labelNames: ['channel'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const oldest = await orNothing(oldestQueuedOutboxAt(db));
      if (oldest !== undefined) this.set({ channel: EMAIL }, oldest ? Math.max(0, (now().getTime() - Date.parse(oldest)) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'fugong_tasks_open',
    help: 'Open human tasks (open or claimed), by process type, form and rung',
    labelNames: ['process', 'form', 'rung'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const count of (await orNothing(openTaskCounts(db))) ?? []) this.set(labelsOf(count), count.count);
    },
  });
  new Gauge({
    name: 'fugong_tasks_sla_breached',
    help: 'Open human tasks past their due time, by process type, form and rung',
    labelNames: ['process', 'form', 'rung'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const count of (await orNothing(openTaskCounts(db, now().toISOString()))) ?? []) this.set(labelsOf(count), count.count);
    },
  });
  new Gauge({
    name: 'fugong_quarantines_active',
    help: 'Workers in quarantine now',
    registers: [registry],
    async collect() {
      // A gauge without labels always has a sample: NaN when the DB could not say, never a 0 that reads as none.
      this.set((await orNothing(activeQuarantineCount(db))) ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'fugong_app_db_up',
    help: 'Whether the app DB answered this scrape (1) or not (0: the gauges read from it carry no series)',
    registers: [registry],
    async collect() {
      this.set((await orNothing(pingDatabase(db).then(() => true))) ? 1 : 0);
    },
  });
  new Gauge({
    name: 'fugong_db_pool_pending_acquires',
    help: 'Queries waiting for a connection of the app DB pool',
    registers: [registry],
    collect() {
      this.set(poolState(db).pendingAcquires);
    },
  });
  new Gauge({
    name: 'fugong_db_pool_connections',
    help: 'Connections of the app DB pool, by state',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const { used, free } = poolState(db);
      this.set({ state: 'used' }, used);
      this.set({ state: 'free' }, free);
    },
  });
}

/** A read's value, or undefined when the DB could not answer it. */
function orNothing<T>(read: Promise<T>): Promise<T | undefined> {
  return read.catch(() => undefined);
}

function labelsOf(count: OpenTaskCount) {
  return { process: count.processType, form: count.formKey, rung: count.step };
}
