// The published gate-check definition the gate works to, and what the phone page needs from it.
import { AppError } from '#core/errors';
import { GATE_CHANNELS, GATE_STEPS } from '#core/domain/gate-rules';
import type { MonitoringParams } from '#core/domain/monitoring-params';
import { commitmentHash } from '#core/gate/record-gate-check';
import type { Db } from '#core/stores/db-types';
import { formVersion, latestPublishedForm, type StoredForm } from '#core/stores/forms/form-store';

/** Key of the shipped gate-check definition (forms/definitions/gate-check.json). */
export const GATE_FORM_KEY = 'gate-check';

const noForm = new AppError(404, 'no_gate_form', {
  'zh-CN': '门岗检查表单尚未发布，请联系管理员',
  en: 'The gate-check form is not published; ask an administrator',
});

const noVersion = new AppError(422, 'unknown_form_version', {
  'zh-CN': '该记录所用的检查表版本不存在，请重新检查该人员',
  en: 'The gate-check version this record was made with does not exist; check the worker again',
});

/** The newest published gate-check definition (or, for a check queued offline, the version it was made with, even if
 * retired since) and its monitoring params, or an error that says who can fix it. */
export async function gateForm(db: Db, version?: number): Promise<{ form: StoredForm; params: MonitoringParams }> {
  const form = version === undefined ? await latestPublishedForm(db, GATE_FORM_KEY) : await formVersion(db, GATE_FORM_KEY, version);
  if (version !== undefined && (!form || form.status === 'draft')) throw noVersion;
  if (!form || form.process.processType !== 'monitoring') throw noForm;
  return { form, params: form.process.params as unknown as MonitoringParams };
}

/** The lowest temperature an entry rule quarantines at (the fever threshold shown at the gate), if any. */
export function feverThreshold(params: MonitoringParams): number | null {
  const values = params.entryRules
    .filter((r) => r.field === 'temperature' && r.then === 'quarantine' && typeof r.value === 'number' && ['>=', '>'].includes(r.op))
    .map((r) => r.value as number);
  return values.length ? Math.min(...values) : null;
}

/** What the gate page renders: the steps, channels, zones, the commitment in both languages with its hash. */
export function gateSetup(form: StoredForm, params: MonitoringParams) {
  return {
    formKey: form.key,
    formVersion: form.version,
    steps: [...GATE_STEPS],
    channels: params.lanes ? params.lanes.map((lane) => lane.channel) : [...GATE_CHANNELS],
    zones: ['construction', 'living', 'management'],
    feverThreshold: feverThreshold(params),
    days: params.days,
    checkInTimes: params.checkInTimes,
    commitment: {
      'zh-CN': { text: params.commitment['zh-CN'], sha256: commitmentHash(params.commitment['zh-CN']) },
      en: { text: params.commitment.en, sha256: commitmentHash(params.commitment.en) },
    },
    // Version 3 on: the notice handed to each entrant, and the lanes with their scans and steps (004).
    notice: params.notice
      ? {
          'zh-CN': { text: params.notice['zh-CN'], sha256: commitmentHash(params.notice['zh-CN']) },
          en: { text: params.notice.en, sha256: commitmentHash(params.notice.en) },
        }
      : null,
    lanes: params.lanes ?? null,
    // The entry rules themselves, so a phone without signal decides with the same function (core/domain/gate-check-decision.ts).
    entryRules: params.entryRules,
  };
}
