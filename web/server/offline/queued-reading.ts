// A check-in reading sent from a device's queue (issue 23), wherever it goes: a health watch's subject
// (web/server/monitoring/offline-check-in.ts) or a gate's quarantine (web/server/gate/offline-quarantine-check-in.ts).
// Each place keeps its queued readings in a table of its own, one row per client id, with the first answer, so a
// repeat answers the same (`replayed: true`) and nothing reaches the workflow or the audit log twice. The conflict
// rules are the same for every place, and written in the module header of each place's adapter:
// - the slot closed before the reading arrived (no slot open, or the trusted device time falls in a slot already
//   missed): kept as late (补报) for that slot, with its device time and its arrival time;
// - a device clock far off (offline-item.ts limits): the server's time decides, the record is flagged `clockSkewed`;
// - the watch ended meanwhile (or its workflow is gone): kept for the record and answered 409 with why, by the place.
// A reading goes to the workflow as an Update named by its client id, so sending it again is answered with the first
// sending's outcome rather than taken twice: a web process stopped after the workflow took it (or failing before the
// answer came) leaves nothing the device cannot finish by syncing again. The row such a process left pending is taken
// over once it is older than any live request (STALE_PENDING_MS); until then a repeat is told it is still being recorded.
import type { Request } from 'express';
import type { Db } from '#core/stores';
import {
  dropPendingReading,
  findQueuedReading,
  insertQueuedReading,
  lastSlotDueBy,
  settleQueuedReading,
  slotsOf,
  type SlotRow,
} from '#core/stores/queued-reading-store';
import { AppError } from '#core/errors';
import { auditRequest } from '../audit/audit-request';
import type { SessionUser } from '../request-context';
import { clientIdTaken, isUniqueViolation, itemClock, type ItemClock, type OfflineFields } from './offline-item';

/** What the route answers: its status and body. */
export interface CheckInAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** How long a pending row stays its first request's: past this, the process that held it has stopped. */
export const STALE_PENDING_MS = 10 * 60_000;

/** The id of the Update that carries the queued reading `clientId` to its place's workflow. */
export function queuedReadingUpdateId(clientId: string): string {
  return `queued-reading/${clientId}`;
}

/** The readings of one queued check-in. */
export interface QueuedReadings {
  values: Record<string, number>;
  note?: string;
}

/** How the workflow's refusal of a reading reads for the queue: late, over, or anything else (sent again later). */
export type RefusalMeaning = 'late' | 'ended' | null;

/** Where a queued reading goes, and what of it differs from one place to another. */
export interface ReadingPlace {
  /** The place's id (a subject's, a quarantine's). */
  id: string;
  /** Whether it is still watched by the record (a workflow may have ended since: `meaning` tells). */
  active: boolean;
  /** Where its queued readings are kept, and its slots: each table and the column naming the place. */
  store: { table: string; column: string };
  slots: { table: string; column: string };
  /** The audit target's type and the action of each outcome. */
  audit: { type: string; recorded: string; late: string; ended: string };
  /** Checks the readings against the version they were made with (throws 422); answers that version and whether a
   * rule fires. */
  check(): Promise<{ formVersion: number; alert: boolean; queueLimitHours?: number }>;
  /** Records the reading in the open slot through the workflow's Update, sent under `updateId`; answers its receipt. */
  send(updateId: string): Promise<{ slotAt: string }>;
  /** What a refusal of `send` means here. */
  meaning(error: unknown): RefusalMeaning;
  /** Turns any other refusal into the API error the caller can act on. */
  refuse(error: unknown): never;
  /** The 409 body for a reading that arrived after the watch ended (code, message with the end time, details). */
  ended(): Promise<{ code: string; message: string }>;
}

const inProgress = new AppError(409, 'item_in_progress', {
  'zh-CN': '这条记录正在处理，请稍后再同步',
  en: 'This item is being recorded; sync it again in a moment',
});
const LATE = {
  'zh-CN': '该检测时段在记录送达前已结束，已作为补报留存，并注明设备记录时间和送达时间',
  en: 'The check-in closed before this reading arrived; it is kept as a late reading with its device time and arrival time',
};

/** The slot whose window holds the device time, when the device's clock is trusted; else null. */
async function slotMadeIn(db: Db, place: ReadingPlace, clock: ItemClock): Promise<SlotRow | null> {
  if (!clock.deviceTime || clock.clockSkewed) return null;
  const at = Date.parse(clock.deviceTime);
  const slots = await slotsOf(db, place.slots, place.id);
  return slots.find((s) => Date.parse(s.opensAt) <= at && at <= Date.parse(s.dueAt)) ?? null;
}

/** The slot a late reading was meant for: the one it was made in, or the last one due before it arrived. */
async function lateSlot(db: Db, place: ReadingPlace, clock: ItemClock): Promise<string | null> {
  const made = await slotMadeIn(db, place, clock);
  if (made) return made.slotAt;
  return lastSlotDueBy(db, place.slots, place.id, clock.receivedAt);
}

/** The first answer again, or a refusal for anyone but the first sender; null when the id is new, or when its pending
 * row was left by a stopped process (the row is let go: this request sends the reading again, under the same update id). */
async function firstAnswer(db: Db, place: ReadingPlace, clientId: string, user: SessionUser, now: Date): Promise<CheckInAnswer | null> {
  const row = await findQueuedReading(db, place.store, clientId);
  if (!row) return null;
  if (row.actorId !== user.id || row.placeId !== place.id) throw clientIdTaken;
  if (row.outcome === 'pending') {
    if (now.getTime() - Date.parse(row.receivedAt) < STALE_PENDING_MS) throw inProgress;
    await dropPendingReading(db, place.store, clientId);
    return null;
  }
  const answer = row.answer as CheckInAnswer;
  const status = answer.status < 300 ? 200 : answer.status;
  return { status, body: { ...answer.body, replayed: true } };
}

/** Records a queued reading at `place` as the rules above say, and answers what the route sends back. */
export async function recordQueuedReading(
  deps: { db: Db; now: () => Date },
  req: Request,
  user: SessionUser,
  place: ReadingPlace,
  readings: QueuedReadings,
  offline: OfflineFields & { clientId: string },
): Promise<CheckInAnswer> {
  const { db } = deps;
  const again = await firstAnswer(db, place, offline.clientId, user, deps.now());
  if (again) return again;
  const { formVersion, alert, queueLimitHours } = await place.check();
  const clock = itemClock(offline.deviceTime, deps.now(), queueLimitHours);
  try {
    await insertQueuedReading(db, place.store, {
      clientId: offline.clientId,
      actorId: user.id,
      placeId: place.id,
      formVersion,
      readings: readings.values,
      note: readings.note ?? null,
      deviceTime: clock.deviceTime ?? clock.receivedAt,
      receivedAt: clock.receivedAt,
      clockSkewed: clock.clockSkewed,
      alert,
    });
  } catch (error) {
    // A twin sent at the same moment holds the id: answer as it did (or say it is still being recorded).
    if (!isUniqueViolation(error)) throw error;
    const twin = await firstAnswer(db, place, offline.clientId, user, deps.now());
    if (twin) return twin;
    throw error;
  }
  const facts = { deviceTime: clock.deviceTime, receivedAt: clock.receivedAt, clockSkewed: clock.clockSkewed };
  const keep = async (outcome: 'recorded' | 'late' | 'ended', slotAt: string | null, answer: CheckInAnswer) => {
    await db.transaction(async (trx) => {
      // Settled already by a later sending that took over this row (this request outlived STALE_PENDING_MS): logged once.
      if (!(await settleQueuedReading(trx, place.store, offline.clientId, { outcome, slotAt, answer }))) return;
      await auditRequest(
        trx,
        req,
        place.audit[outcome],
        { type: place.audit.type, id: place.id },
        { clientId: offline.clientId, slotAt, alert, ...facts },
      );
    });
    return answer;
  };
  const late = async () => {
    const slotAt = await lateSlot(db, place, clock);
    const body = { checkIn: { outcome: 'late', slotAt, alert, ...facts, message: LATE[req.locale] } };
    return keep('late', slotAt, { status: 200, body });
  };
  const ended = async () => keep('ended', null, { status: 409, body: { error: { ...(await place.ended()), details: [] }, kept: true } });
  if (!place.active) return ended();
  // A reading made (by a trusted clock) in a slot that has since been missed is late, not the open slot's reading.
  const meant = await slotMadeIn(db, place, clock);
  if (meant && meant.status !== 'open') return late();
  let receipt: Awaited<ReturnType<ReadingPlace['send']>>;
  try {
    receipt = await place.send(queuedReadingUpdateId(offline.clientId));
  } catch (error) {
    const meaning = place.meaning(error);
    if (meaning === 'late') return late();
    if (meaning === 'ended') return ended();
    // Anything else (not started yet, a reading the workflow refuses, the engine away) may be sent again.
    await dropPendingReading(db, place.store, offline.clientId);
    place.refuse(error);
  }
  return keep('recorded', receipt.slotAt, { status: 200, body: { checkIn: { ...receipt, outcome: 'recorded', ...facts } } });
}

/** "ended on <when>" in the reader's language and the installation's time zone, or null without a time. */
export function endedWhen(endedAt: string | null, locale: Request['locale'], timeZone: string): string | null {
  if (!endedAt) return null;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(endedAt),
  );
}
