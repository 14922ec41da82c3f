// Readings sent from a device's queue (issue 23), one row per client id with the first answer, and the check-in slots
// they are meant for. Each place (a health watch's subject, a gate's quarantine) keeps them in tables of its own, named
// by the caller: the statements are the same for every place.
import { fromJson, toJson } from '../db';
import type { Db } from './db-types';

/** A place's table and the column naming the place in it. */
export interface PlaceTable {
  table: string;
  column: string;
}

/** A check-in slot of a place. */
export interface SlotRow {
  slotAt: string;
  opensAt: string;
  dueAt: string;
  status: string;
}

/** A queued reading as stored: who sent it, for which place, and the first answer once there is one. */
export interface QueuedReadingRow {
  actorId: number;
  placeId: string;
  outcome: string;
  answer: unknown;
  /** When the server received it (a pending row long past this was left by a stopped process). */
  receivedAt: string;
}

/** A new queued reading, before its outcome is known. */
export interface NewQueuedReading {
  clientId: string;
  actorId: number;
  placeId: string;
  formVersion: number;
  readings: Record<string, number>;
  note: string | null;
  deviceTime: string;
  receivedAt: string;
  clockSkewed: boolean;
  alert: boolean;
}

/** The place's slots, oldest first. */
export async function slotsOf(db: Db, slots: PlaceTable, placeId: string): Promise<SlotRow[]> {
  const rows = await db(slots.table).where(slots.column, placeId).orderBy('slot_at').select('slot_at', 'opens_at', 'due_at', 'status');
  return rows.map((row) => ({
    slotAt: String(row.slot_at),
    opensAt: String(row.opens_at),
    dueAt: String(row.due_at),
    status: String(row.status),
  }));
}

/** The last slot of the place due by `at`, or null. */
export async function lastSlotDueBy(db: Db, slots: PlaceTable, placeId: string, at: string): Promise<string | null> {
  const last = await db(slots.table).where(slots.column, placeId).where('due_at', '<=', at).orderBy('slot_at', 'desc').first('slot_at');
  return last ? String(last.slot_at) : null;
}

/** The queued reading with `clientId`, or null. */
export async function findQueuedReading(db: Db, store: PlaceTable, clientId: string): Promise<QueuedReadingRow | null> {
  const row = await db(store.table).where({ client_id: clientId }).first();
  if (!row) return null;
  return {
    actorId: Number(row.actor_id),
    placeId: String(row[store.column]),
    outcome: String(row.outcome),
    answer: row.answer && fromJson(row.answer),
    receivedAt: String(row.received_at),
  };
}

/** Stores a new reading as pending (a unique violation means a twin holds the id). */
export async function insertQueuedReading(db: Db, store: PlaceTable, reading: NewQueuedReading): Promise<void> {
  await db(store.table).insert({
    client_id: reading.clientId,
    actor_id: reading.actorId,
    [store.column]: reading.placeId,
    form_version: reading.formVersion,
    readings: toJson(reading.readings),
    note: reading.note,
    device_time: reading.deviceTime,
    received_at: reading.receivedAt,
    clock_skewed: reading.clockSkewed,
    outcome: 'pending',
    alert: reading.alert,
  });
}

/** Writes the reading's outcome, its slot and the answer a repeat gets, if it is still pending; says whether it was. */
export async function settleQueuedReading(
  db: Db,
  store: PlaceTable,
  clientId: string,
  settled: { outcome: string; slotAt: string | null; answer: unknown },
): Promise<boolean> {
  const count = await db(store.table)
    .where({ client_id: clientId, outcome: 'pending' })
    .update({ outcome: settled.outcome, slot_at: settled.slotAt, answer: toJson(settled.answer) });
  return Number(count) > 0;
}

/** Forgets a reading still pending, so the device may send it again. */
export async function dropPendingReading(db: Db, store: PlaceTable, clientId: string): Promise<void> {
  await db(store.table).where({ client_id: clientId, outcome: 'pending' }).delete();
}
