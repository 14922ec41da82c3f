// The rules a result names as its reasons (a gate check's `{ field: 'temperature', op: '>=', value: 37.3 }`) speak
// about the record's fields as plainly as the fields themselves: "quarantined because temperature ≥ 37.3" tells a
// reader the worker had a fever as surely as the reading would. A reader who may not see a field in full keeps that a
// rule about it held, never its operator or value: the value becomes the field's mask and the operator goes.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '../domain/locale';
import { maskValue } from './mask';
import { personalFields } from './personal-data-policy';
import type { PersonalKind } from './personal-kind';

/** `reasons` with every rule about a personal field the reader may not see in full (`full` says) told without its
 * operator and with its value masked; anything that is not a list of rules is returned as it is. */
export function maskReasons(schema: RJSFSchema, reasons: unknown, full: (kind: PersonalKind) => boolean, locale: Locale): unknown {
  if (!Array.isArray(reasons)) return reasons;
  const kinds = personalFields(schema);
  return reasons.map((reason: unknown) => {
    if (!reason || typeof reason !== 'object') return reason;
    const rule = reason as Record<string, unknown>;
    const kind = typeof rule.field === 'string' ? kinds[rule.field] : undefined;
    if (!kind || full(kind)) return rule;
    const value = maskValue(kind, rule.value, locale);
    return { field: rule.field, value, ...(rule.then === undefined ? {} : { then: rule.then }) };
  });
}

/** A record (a submission's result, a timeline event's detail) with its `reasons` masked as maskReasons does. */
export function withMaskedReasons<R extends Record<string, unknown> | null>(
  schema: RJSFSchema,
  record: R,
  full: (kind: PersonalKind) => boolean,
  locale: Locale,
): R {
  if (!record || !Array.isArray(record.reasons)) return record;
  return { ...record, reasons: maskReasons(schema, record.reasons, full, locale) };
}
