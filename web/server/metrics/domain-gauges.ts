// What the campaign's operators watch at night, read from the app DB when Prometheus scrapes: the outbox's depth and
// age per channel, open tasks and SLA breaches by process and rung, active quarantines, and the DB pool's waiters.
// Each gauge is reset and refilled on every scrape, so a rung that emptied disappears instead of keeping its last value.
import type { Knex } from 'knex';
import { Gauge, type Registry } from 'prom-client';

/** Channels the outbox delivers through; every row so far is an email. */
const EMAIL = 'email';

interface Pool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** Adds the domain families to `registry`; each reads the DB when collected. */
export function domainGauges(registry: Registry, db: Knex, now: () => Date): void {
  new Gauge({
    name: 'fugong_outbox_pending',
    help: 'Messages queued for delivery and not yet sent, by channel (without SMTP_URL mail stays in the outbox table and is not counted)',
    labelNames: ['channel'] as const,
    registers: [registry],
    async collect() {
      const row = await db('outbox').where({ status: 'queued' }).count({ n: '*' }).first();
      this.reset();
      this.set({ channel: EMAIL }, Number(row?.n ?? 0));
    },
  });
  new Gauge({
    name: 'fugong_outbox_oldest_age_seconds',
    help: 'Age of the oldest undelivered message, by channel (0 when none waits)',
    labelNames: ['channel'] as const,
    registers: [registry],
    async collect() {
      const row = await db('outbox').where({ status: 'queued' }).min({ oldest: 'created_at' }).first();
      const oldest = row?.oldest ? String(row.oldest) : null;
      this.reset();
      this.set({ channel: EMAIL }, oldest ? Math.max(0, (now().getTime() - Date.parse(oldest)) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'fugong_tasks_open',
    help: 'Open human tasks (open or claimed), by process type, form and rung',
    labelNames: ['process', 'form', 'rung'] as const,
    registers: [registry],
    async collect() {
      const rows = await openTasks(db)
        .select('t.process_type', 's.form_key', 't.step')
        .count({ n: '*' })
        .groupBy('t.process_type', 's.form_key', 't.step');
      this.reset();
      for (const row of rows) this.set(labelsOf(row), Number(row.n));
    },
  });
  new Gauge({
    name: 'fugong_tasks_sla_breached',
    help: 'Open human tasks past their due time, by process type, form and rung',
    labelNames: ['process', 'form', 'rung'] as const,
    registers: [registry],
    async collect() {
      const rows = await openTasks(db)
        .where('t.due_at', '<', now().toISOString())
        .select('t.process_type', 's.form_key', 't.step')
        .count({ n: '*' })
        .groupBy('t.process_type', 's.form_key', 't.step');
      this.reset();
      for (const row of rows) this.set(labelsOf(row), Number(row.n));
    },
  });
  new Gauge({
    name: 'fugong_quarantines_active',
    help: 'Workers in quarantine now',
    registers: [registry],
    async collect() {
      const row = await db('quarantines').where({ status: 'active' }).count({ n: '*' }).first();
      this.set(Number(row?.n ?? 0));
    },
  });
  const pool = () => (db.client as { pool?: Pool }).pool;
  new Gauge({
    name: 'fugong_db_pool_pending_acquires',
    help: 'Queries waiting for a connection of the app DB pool',
    registers: [registry],
    collect() {
      this.set(pool()?.numPendingAcquires() ?? 0);
    },
  });
  new Gauge({
    name: 'fugong_db_pool_connections',
    help: 'Connections of the app DB pool, by state',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      this.set({ state: 'used' }, pool()?.numUsed() ?? 0);
      this.set({ state: 'free' }, pool()?.numFree() ?? 0);
    },
  });
}

function openTasks(db: Knex) {
  return db('tasks as t').leftJoin('submissions as s', 's.id', 't.submission_id').whereIn('t.status', ['open', 'claimed']);
}

function labelsOf(row: Record<string, unknown>) {
  return { process: String(row.process_type ?? ''), form: String(row.form_key ?? ''), rung: String(row.step ?? '') };
}
