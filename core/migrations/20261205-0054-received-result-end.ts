// A monitored case still running (a returning worker, site or vehicle under observation; a worker in quarantine) kept
// in its result the end its period had when it started, though the register showed the end after a change: the case's
// page and the register stated two ends. A change now moves both (activities/*monitoring-activities.ts); this brings
// the running cases changed before to the end their register row has. Never edit once merged.
import type { Knex } from 'knex';

/** Copies the register's end into the result of each running monitored case whose result names another. */
export async function up(db: Knex): Promise<void> {
  for (const table of ['monitoring_subjects', 'quarantines']) {
    const rows: { id: string; result: string | null; ends_at: string }[] = await db('submissions as s')
      .join(`${table} as p`, 'p.id', 's.id')
      .where({ 's.status': 'received', 'p.status': 'active' })
      .select('s.id', 's.result', 'p.ends_at');
    for (const row of rows) {
      if (row.result == null) continue;
      const result = (typeof row.result === 'string' ? JSON.parse(row.result) : row.result) as Record<string, unknown>;
      if (result.endsAt === row.ends_at) continue;
      await db('submissions')
        .where({ id: row.id, status: 'received' })
        .update({ result: JSON.stringify({ ...result, endsAt: row.ends_at }) });
    }
  }
}

/** Leaves the ends moved: the old one was the mistake, and each change stays listed with its reason on the register. */
export async function down(): Promise<void> {}
