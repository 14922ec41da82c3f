// A quarantine's check-in slots, as the monitoring workflow's activities keep them: a slot opened once for each morning
// and afternoon, closed as done (with its reading), missed or cancelled. The register reads them through
// site-register-store.ts, the offline check-ins through core/stores/queued-reading-store.ts.
import type { Db } from '../db-types';

/** How a slot closed: done (with its reading), missed, or cancelled. */
export interface QuarantineSlotClosing {
  status: 'done' | 'missed' | 'cancelled';
  temperature: number | null;
  note: string | null;
  fever: boolean;
  recordedBy: number | null;
  recordedAt: string | null;
}

/** Opens a slot once (by quarantine and slot time). */
export async function openQuarantineSlot(
  db: Db,
  slot: { quarantineId: string; slotAt: string; opensAt: string; dueAt: string },
): Promise<void> {
  await db('quarantine_checkins')
    .insert({ quarantine_id: slot.quarantineId, slot_at: slot.slotAt, opens_at: slot.opensAt, due_at: slot.dueAt, status: 'open' })
    .onConflict(['quarantine_id', 'slot_at'])
    .ignore();
}

/** Closes the slot if it is still open. */
export async function closeQuarantineSlot(db: Db, quarantineId: string, slotAt: string, closing: QuarantineSlotClosing): Promise<void> {
  await db('quarantine_checkins').where({ quarantine_id: quarantineId, slot_at: slotAt, status: 'open' }).update({
    status: closing.status,
    temperature: closing.temperature,
    note: closing.note,
    fever: closing.fever,
    recorded_by: closing.recordedBy,
    recorded_at: closing.recordedAt,
  });
}

/** Cancels the quarantine's slots still open. */
export async function cancelOpenQuarantineSlots(db: Db, quarantineId: string): Promise<void> {
  await db('quarantine_checkins').where({ quarantine_id: quarantineId, status: 'open' }).update({ status: 'cancelled' });
}
