// Quarantines decided at a gate: what the offline check-ins need of them (more of the gate's SQL moves here as the
// gate and monitoring aggregate gets its store).
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
