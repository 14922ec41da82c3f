// A health watch's readings checked before they reach its workflow, in the caller's language and at each reading's
// field (`/values/temperature`): the readings of the definition version they were made with, each in its range, and
// nothing else — what the workflow's validator asks, which answers only in English and at no field. Shared by the
// check-in route (online) and the device queue (offline-check-in.ts); the gate's quarantine words its temperature the
// same way.
import type { Locale } from '#core/domain/locale';
import type { SubjectMonitoringParams } from '#core/domain/monitoring-params';
import type { Db } from '#core/stores/db-types';
import { formVersion } from '#core/stores/forms/form-store';
import type { SubjectRow } from '#core/stores/monitoring/monitoring-subject-store';
import type { FieldError } from '#forms/form-validator';
import { invalidBody } from '../route-contract';

const MESSAGES = {
  noVersion: { 'zh-CN': '没有这个版本的观察表单', en: 'No such version of this monitoring form' },
  unknownReading: { 'zh-CN': '不是本观察要记录的读数', en: 'is not a reading of this monitoring' },
  range: (min: number, max: number) => ({ 'zh-CN': `应在 ${min} 到 ${max} 之间`, en: `must be between ${min} and ${max}` }),
};

/** What a reading outside [min, max] is told at its field, in `locale` (the gate's temperature says the same). */
export function rangeMessage(min: number, max: number, locale: Locale): string {
  return MESSAGES.range(min, max)[locale];
}

/** The params of `version` of the subject's definition; a 422 at `/formVersion` when there is no such released version. */
export async function readingParams(
  db: Db,
  subject: Pick<SubjectRow, 'formKey'>,
  version: number,
  locale: Locale,
): Promise<SubjectMonitoringParams> {
  const form = await formVersion(db, subject.formKey, version);
  if (!form || form.status === 'draft') throw invalidBody([{ path: '/formVersion', message: MESSAGES.noVersion[locale] }]);
  return form.process.params as unknown as SubjectMonitoringParams;
}

/** Each reading missing, unknown or out of its range, at its field in `locale`; empty when the readings will do. */
export function readingErrors(params: SubjectMonitoringParams, values: Record<string, number>, locale: Locale): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of Object.keys(values))
    if (!params.readings.some((spec) => spec.key === key))
      errors.push({ path: `/values/${key}`, message: MESSAGES.unknownReading[locale] });
  for (const spec of params.readings) {
    const v = values[spec.key];
    if (typeof v !== 'number' || v < spec.minimum || v > spec.maximum)
      errors.push({ path: `/values/${spec.key}`, message: rangeMessage(spec.minimum, spec.maximum, locale) });
  }
  return errors;
}

/** The params of `version`, or a 422 listing each reading the params refuse. */
export async function checkedReadings(
  db: Db,
  subject: Pick<SubjectRow, 'formKey'>,
  version: number,
  values: Record<string, number>,
  locale: Locale,
): Promise<SubjectMonitoringParams> {
  const params = await readingParams(db, subject, version, locale);
  const errors = readingErrors(params, values, locale);
  if (errors.length) throw invalidBody(errors);
  return params;
}
