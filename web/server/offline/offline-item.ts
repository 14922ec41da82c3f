// Items made on a device without signal and sent later (issue 23): the visit log and the check-ins (health watch,
// quarantine) take the same three optional fields beside their own body, so an online client sends nothing new and a
// queued item says who it is and when it was made.
//
// - `clientId`: a UUID v4 made on the device; the idempotency key. The same caller sending it again gets the first
//   answer back (`replayed: true`) and nothing is recorded twice; anyone else sending it is refused without learning
//   what it named (409 `client_id_taken`, the same words whatever the id belongs to).
// - `deviceTime`: ISO 8601 with an offset, when the person made the item on the device. Kept for the record; the
//   server's own clock (`receivedAt`) orders items and decides deadlines. A device time more than CLOCK_AHEAD_MS ahead
//   of the arrival, or further behind it than the queue limit of the definition the item was made with
//   (core/domain/offline-queue-limit.ts: the phone warns past that limit), is flagged `clockSkewed` on the record.
// - `formVersion`: the definition version the item was made with; the item is checked against and stored with it.
//
// The conflict rules each route applies are written in that route's module header (visit-offline.ts,
// offline-check-in.ts, offline-quarantine-check-in.ts; the last two share queued-reading.ts).
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { queueLimitHours } from '#core/domain/offline-queue-limit';
import { AppError } from '#core/errors';
import type { FieldError } from '#forms/form-validator';

/** A device may run a little ahead (a clock set by hand); more than this is a wrong clock. */
export const CLOCK_AHEAD_MS = 10 * 60_000;

/** The three body properties, as the route contracts declare them (their formats are checked by offlineFieldsOf). */
export const OFFLINE_PROPERTIES = {
  clientId: { type: 'string', title: 'Idempotency key made on the device (UUID v4)' },
  deviceTime: { type: 'string', title: 'When the item was made on the device (ISO 8601 with offset)' },
  formVersion: { type: 'integer', title: 'The definition version the item was made with' },
} as const satisfies Record<string, RJSFSchema>;

/** The offline fields of one body, checked. */
export interface OfflineFields {
  clientId: string | null;
  deviceTime: string | null;
  formVersion: number | null;
}

/** When a queued item was made and arrived, and whether the device's clock looks wrong. */
export interface ItemClock {
  deviceTime: string | null;
  receivedAt: string;
  clockSkewed: boolean;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const MESSAGES = {
  clientId: { 'zh-CN': '应为设备生成的 UUID（第 4 版）', en: 'must be a UUID (version 4) made on the device' },
  deviceTime: {
    'zh-CN': '应为带时区的时间，例如 2026-02-10T08:30:00+08:00',
    en: 'must be a time with its offset, e.g. 2026-02-10T08:30:00+08:00',
  },
  formVersion: { 'zh-CN': '应为正整数的表单版本号', en: 'must be a positive whole version number' },
} as const;

/** The offline fields of `body`, or the problems with them at their paths; absent fields are null. */
export function offlineFieldsOf(body: Record<string, unknown>, locale: Locale): OfflineFields | FieldError[] {
  const errors: FieldError[] = [];
  const { clientId, deviceTime, formVersion } = body;
  if (clientId !== undefined && (typeof clientId !== 'string' || !UUID_V4.test(clientId)))
    errors.push({ path: '/clientId', message: MESSAGES.clientId[locale] });
  if (
    deviceTime !== undefined &&
    (typeof deviceTime !== 'string' || !ISO_WITH_OFFSET.test(deviceTime) || Number.isNaN(Date.parse(deviceTime)))
  )
    errors.push({ path: '/deviceTime', message: MESSAGES.deviceTime[locale] });
  if (formVersion !== undefined && (typeof formVersion !== 'number' || !Number.isInteger(formVersion) || formVersion < 1))
    errors.push({ path: '/formVersion', message: MESSAGES.formVersion[locale] });
  if (errors.length) return errors;
  return {
    clientId: typeof clientId === 'string' ? clientId.toLowerCase() : null,
    deviceTime: typeof deviceTime === 'string' ? deviceTime : null,
    formVersion: typeof formVersion === 'number' ? formVersion : null,
  };
}

/** `body` without the offline fields (what remains is the route's own body). */
export function withoutOfflineFields<T extends Record<string, unknown>>(body: T): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...body };
  for (const key of Object.keys(OFFLINE_PROPERTIES)) delete rest[key];
  return rest;
}

/** The clock facts of an item made at `deviceTime` (if said) that arrived at `receivedAt`, queued under a definition
 * whose `offlineQueueLimitHours` is `limitHours` (the default when it sets none). */
export function itemClock(deviceTime: string | null, receivedAt: Date, limitHours: unknown = undefined): ItemClock {
  if (deviceTime === null) return { deviceTime: null, receivedAt: receivedAt.toISOString(), clockSkewed: false };
  const offset = Date.parse(deviceTime) - receivedAt.getTime();
  const oldest = queueLimitHours(limitHours) * 3_600_000;
  return { deviceTime, receivedAt: receivedAt.toISOString(), clockSkewed: offset > CLOCK_AHEAD_MS || offset < -oldest };
}

/** The refusal of a client id someone else used: it says nothing of what the id named or whose it is. */
export const clientIdTaken = new AppError(409, 'client_id_taken', {
  'zh-CN': '这条离线记录的编号已被使用，请重新填写后再提交',
  en: 'This offline item’s id is already in use; fill the item in again and send it',
});

/** True when `error` is a unique-index violation (SQLite or PostgreSQL): a concurrent twin got there first. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || /UNIQUE constraint failed/.test(String(e?.message));
}
