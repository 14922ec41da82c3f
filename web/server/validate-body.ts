// API bodies are checked with the same AJV setup as forms, so every refusal carries field paths in the caller's language.
import type { RJSFSchema } from '@rjsf/utils';
import type { Request } from 'express';
import { AppError } from '../../core/errors';
import { validateFormData } from '../../forms/form-validator';

/** Returns the body typed as T when it satisfies `schema`, or throws a 422 listing each bad field. */
export function validBody<T>(req: Request, schema: RJSFSchema): T {
  const body: unknown = req.body ?? {};
  const errors = validateFormData(schema, body, req.locale);
  if (errors.length) {
    throw new AppError(422, 'invalid_body', { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' }, errors);
  }
  return body as T;
}

/** Parses a positive integer route parameter, or answers 404 (a malformed id names no record). */
export function idParam(req: Request, name = 'id'): number {
  const raw = req.params[name];
  const value = Number(raw);
  if (!raw || !/^\d{1,12}$/.test(String(raw)) || !Number.isSafeInteger(value) || value < 1) {
    throw new AppError(404, 'not_found', { 'zh-CN': '记录不存在', en: 'Record not found' });
  }
  return value;
}
