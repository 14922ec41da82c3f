// A form's key is the one in the path (PUT /api/admin/forms/:key/draft, POST …/:key/test-submit). A definition sent
// with another key — one copied from another form and not renamed — was once saved (or tested) under the path's key
// without a word, so the caller believed it had written the form its body named. It is now refused at `/key`.
import type { Locale } from '#core/domain/locale';
import type { FieldError } from '#forms/form-validator';
import { invalidBody } from '../route-contract';

/** The problem of a definition `body` whose `key` is present and is not `key` (the path's), at `prefix` + `/key`. A
 * body without a key is taken as the path's form; `body` is not trusted to be an object. */
export function foreignKeyProblems(body: unknown, key: string, locale: Locale, prefix = ''): FieldError[] {
  if (!body || typeof body !== 'object' || Array.isArray(body) || !Object.hasOwn(body, 'key')) return [];
  const sent = (body as Record<string, unknown>).key;
  if (sent === key) return [];
  const message =
    locale === 'en'
      ? `differs from the form in the address ("${key}"): a definition is saved under its own form's key; send "${key}" or leave it out`
      : `与地址中的表单（“${key}”）不一致：定义只能保存到它自己的表单，请填写“${key}”或删去该字段`;
  return [{ path: `${prefix}/key`, message }];
}

/** Refuses (422 at `prefix` + `/key`) a definition sent for form `key` that names another form. */
export function refuseForeignKey(body: unknown, key: string, locale: Locale, prefix = ''): void {
  const problems = foreignKeyProblems(body, key, locale, prefix);
  if (problems.length) throw invalidBody(problems);
}
