// Route parameters the path carries; a route's body and query are checked by its contract (route-contract.ts).
import type { Request } from 'express';
import { AppError } from '#core/errors';

/** Parses a positive integer route parameter, or answers 404 (a malformed id names no record). */
export function idParam(req: Request, name = 'id'): number {
  const raw = req.params[name];
  const value = Number(raw);
  if (!raw || !/^\d{1,12}$/.test(String(raw)) || !Number.isSafeInteger(value) || value < 1) {
    throw new AppError(404, 'not_found', { 'zh-CN': '记录不存在', en: 'Record not found' });
  }
  return value;
}
