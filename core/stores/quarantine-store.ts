// Quarantines decided at a gate: their period, and what the offline check-ins and the channel notices need of them (the
// check that starts one writes it through core/stores/gate/gate-check-store.ts).
import type { Db } from './db-types';

/** The gate-check version the quarantine was decided with (its submission's); 1 when unknown. */
export async function quarantineFormVersion(db: Db, quarantineId: string): Promise<number> {
  const row = await db('submissions').where({ id: quarantineId }).first('form_version');
  return Number(row?.form_version ?? 1);
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
