// What logs must not carry: personal fields of form data (by name, at any depth a log line nests them), resident-ID
// and mobile-like numbers in request paths and error text, and the values a failed SQL statement was bound to.
import { stdSerializers } from 'pino';

/** Field names that hold personal data in form data, users and gate records (see forms/definitions/*.json). */
export const PERSONAL_LOG_FIELDS = [
  'residentId',
  'resident_id',
  'idNumber',
  'id_number',
  'mobile',
  'contactMobile',
  'contact_mobile',
  'phone',
  'email',
  'temperature',
  'recentTravel',
  'recent_travel',
  'travel',
  'healthReport',
];

/** Error fields that quote a statement's values: knex's bindings, PostgreSQL's `detail` ("Key (x)=(…)"). */
const ERROR_VALUE_FIELDS = ['bindings', 'parameters', 'detail'];

const SECRET_PATHS = ['password', '*.password', 'passwordHash', '*.passwordHash', 'req.headers.cookie'];

/** pino `redact.paths`: secrets, and each personal field at the top level and up to three objects deep. */
export function redactPaths(): string[] {
  const personal = PERSONAL_LOG_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`]);
  return [...SECRET_PATHS, ...personal];
}

// 17 digits and a digit or X (a mainland resident ID), and 1[3-9] plus nine digits (a mainland mobile), standing alone.
const RESIDENT_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** Replaces resident-ID-like and mobile-like numbers in a path or message with placeholders. */
export function maskIdLike(text: string): string {
  return text.replace(RESIDENT_ID, '[resident-id]').replace(MOBILE, '[mobile]');
}

/** pino's error serializer, minus what would leak data: bound values, ID-like numbers in the message and stack. */
export function redactError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const out = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const field of ERROR_VALUE_FIELDS) if (field in out) out[field] = '[redacted]';
  for (const field of ['message', 'stack']) if (typeof out[field] === 'string') out[field] = maskIdLike(out[field]);
  return out;
}
