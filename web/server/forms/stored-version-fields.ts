// What the server records about a stored version of a form — its status, source, author and time — is read back with
// the version (GET /api/admin/forms/:key) but is never the caller's to set: a saved draft is always a draft, made by
// the admin saving it, now. A client that sends a different value (`status: "published"`, hoping to publish, or
// another `author`) was once answered 200 with its value dropped; it is now refused at the field's path.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import type { Db } from '#core/stores/db-types';
import { formVersion, type StoredForm } from '#core/stores/forms/form-store';
import type { FieldError } from '#forms/form-validator';
import { invalidBody } from '../route-contract';

/** The read-only fields of a stored version, in the order they are reported. */
export const STORED_VERSION_FIELDS = ['status', 'source', 'author', 'createdAt'] as const;

type StoredField = (typeof STORED_VERSION_FIELDS)[number];

const READ_ONLY =
  'Read-only: accepted only when it equals that of the stored version `version` names (a version read, edited and sent back); any other value is answered 422 at its path';

/** The read-only fields as the body schema describes them. */
export const STORED_VERSION_PROPERTIES: Record<StoredField, RJSFSchema> = {
  status: { type: 'string', description: READ_ONLY },
  source: { type: 'string', description: READ_ONLY },
  author: { type: 'string', description: READ_ONLY },
  createdAt: { type: 'string', description: READ_ONLY },
};

/** The read-only fields `body` carries, and the version number it names (when it names one). Only what a JSON body can
 * hold is read: `body` is not trusted to be an object. */
export function sentStoredFields(body: unknown): { fields: StoredField[]; version?: number; key?: string } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { fields: [] };
  const record = body as Record<string, unknown>;
  const fields = STORED_VERSION_FIELDS.filter((field) => Object.hasOwn(record, field));
  const version = typeof record.version === 'number' && Number.isSafeInteger(record.version) ? record.version : undefined;
  const key = typeof record.key === 'string' ? record.key : undefined;
  return { fields, ...(version ? { version } : {}), ...(key ? { key } : {}) };
}

/**
 * Each read-only field of `body` that differs from the stored version it names, at its path (`prefix` + `/status`).
 * Decided: a field equal to that of `stored` (the version `version` names, as read from the server) is accepted and
 * left unused, so a version read, edited and sent back saves as it always did; any other value — or any value when the
 * body names no stored version — is refused, since the server would not use it and the caller would not know.
 */
export function storedFieldProblems(body: unknown, stored: StoredForm | undefined, locale: Locale, prefix = ''): FieldError[] {
  const record = body as Record<string, unknown>;
  return sentStoredFields(body)
    .fields.filter((field) => !stored || record[field] !== stored[field])
    .map((field) => ({ path: `${prefix}/${field}`, message: message(field, stored?.version, locale) }));
}

function message(field: StoredField, version: number | undefined, locale: Locale): string {
  if (locale === 'en')
    return version
      ? `"${field}" differs from that of stored version ${version}: the server records it, it cannot be set; leave it out`
      : `"${field}" is recorded by the server for a stored version and cannot be set; leave it out`;
  return version
    ? `“${field}”与已保存的第 ${version} 版不同：该项由服务器记录，不能在此修改，请删去该字段`
    : `“${field}”是服务器为已保存版本记录的信息，不能在此填写，请删去该字段`;
}

/** Refuses (422, each at its path under `prefix`) the read-only fields of a definition sent for form `key` that differ
 * from those of the stored version it names. */
export async function refuseStoredFields(db: Db, body: unknown, key: string | undefined, locale: Locale, prefix = ''): Promise<void> {
  const sent = sentStoredFields(body);
  if (!sent.fields.length) return;
  const stored = key && sent.version ? await formVersion(db, key, sent.version) : undefined;
  const problems = storedFieldProblems(body, stored, locale, prefix);
  if (problems.length) throw invalidBody(problems);
}
