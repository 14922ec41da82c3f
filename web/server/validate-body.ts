// Route parameters the path carries; a route's body and query are checked by its contract (route-contract.ts).
import type { Request } from 'express';
import { AppError } from '#core/errors';

/** The largest id a record can have: id columns are 32-bit on PostgreSQL, where a larger number in a query is an error
 * (a 500) rather than a row not found. */
export const MAX_RECORD_ID = 2_147_483_647;

/** Whether `value` can be a record's id: a whole number from 1 to MAX_RECORD_ID. */
export function isRecordId(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1 && value <= MAX_RECORD_ID;
}

/** Parses a positive integer route parameter, or answers 404 (a malformed or out-of-range id names no record). */
export function idParam(req: Request, name = 'id'): number {
  const raw = req.params[name];
  const value = Number(raw);
  if (!raw || !/^\d{1,10}$/.test(String(raw)) || !isRecordId(value)) {
    throw new AppError(404, 'not_found', { 'zh-CN': '记录不存在', en: 'Record not found' });
  }
  return value;
}
