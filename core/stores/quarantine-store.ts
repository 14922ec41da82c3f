// Quarantines decided at a gate: their period, and what the offline check-ins and the channel notices need of them (the
// check that starts one writes it through core/stores/gate/gate-check-store.ts).
import type { Db } from './db-types';

/** The gate-check version the quarantine was decided with (its submission's); 1 when unknown. */
export async function quarantineFormVersion(db: Db, quarantineId: string): Promise<number> {
  const row = await db('submissions').where({ id: quarantineId }).first('form_version');
  return Number(row?.form_version ?? 1);
}

/** An active quarantine as the cadre's morning digest lists it. */
export interface EndingQuarantine {
  workerName: string;
  projectName: string;
  startedAt: string;
  endsAt: string;
}

/** Active quarantines at the sites of the enterprises a cadre is assigned to now that end by `horizon`, soonest first. */
export async function quarantinesEndingBy(db: Db, cadreId: number, horizon: string): Promise<EndingQuarantine[]> {
  const enterprises = db('cadre_assignments').where({ cadre_id: cadreId }).whereNull('ended_at').select('enterprise_id');
  const rows: Record<string, unknown>[] = await db('quarantines as q')
    .join('projects as p', 'p.id', 'q.project_id')
    .join('workers as w', 'w.id', 'q.worker_id')
    .where('q.status', 'active')
    .whereIn('p.enterprise_id', enterprises)
    .andWhere('q.ends_at', '<=', horizon)
    .orderBy('q.ends_at')
    .select('w.name as worker_name', 'p.name as project_name', 'q.started_at', 'q.ends_at');
  return rows.map((row) => ({
    workerName: String(row.worker_name),
    projectName: String(row.project_name),
    startedAt: String(row.started_at),
    endsAt: String(row.ends_at),
  }));
}

/** When the quarantine ended: its release, else its planned end; null when neither is known. */
export async function quarantineEndedAt(db: Db, quarantineId: string): Promise<string | null> {
  const row = await db('quarantines').where({ id: quarantineId }).first('released_at', 'ends_at');
  const at = row?.released_at ?? row?.ends_at ?? null;
  return at === null ? null : String(at);
}

/** When the quarantine started and when it is to end, or undefined when there is none under `quarantineId`. */
export async function quarantinePeriod(db: Db, quarantineId: string): Promise<{ startedAt: string; endsAt: string } | undefined> {
  const row = await db('quarantines').where({ id: quarantineId }).first('started_at', 'ends_at');
  return row ? { startedAt: String(row.started_at), endsAt: String(row.ends_at) } : undefined;
}
