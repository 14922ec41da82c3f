// The state of one gate check on the phone: safe defaults (no temperature until one is taken), steps ticked as data arrives, and the submission
// (signature upload first, then the check under a client-made id so a retry never records the worker twice).
import { useState } from 'react';
import { GATE_STEPS, type GateStep } from '../../../../../core/domain/gate-rules';
import type { Locale } from '../../../../../core/domain/locale';
import { ApiError } from '../../api/api-error';
import { gateApi, type GateCheckResult, type GateSetup } from '../../api/gate-api';
import { newSubmissionId } from '../../form/new-submission-id';
import { uploadFile } from '../../form/upload-file';
import type { WorkerValues } from './worker-fields';

/** Everything the officer enters. */
export interface GateCheckValues {
  worker: WorkerValues;
  channel: string;
  /** The plate of the vehicle entering with the worker, at a vehicle lane. */
  vehiclePlate: string;
  certificate: string;
  steps: Set<GateStep>;
  /** Empty until measured: nobody is admitted on a reading nobody took. */
  temperature: number | null;
  recentTravel: string;
  riskFlag: boolean;
  zone: string;
}

const initial = (): GateCheckValues => ({
  worker: { residentId: '', name: '', mobile: '' },
  channel: 'people',
  vehiclePlate: '',
  // Whether the worker holds a valid certificate decides admission: the officer answers it, nothing is assumed.
  certificate: '',
  steps: new Set<GateStep>(),
  temperature: null,
  recentTravel: '',
  riskFlag: false,
  zone: 'construction',
});

/** Field messages keyed by the data's top-level pointer (`/temperature`). */
function errorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.path.replace(/^\/data/, '').split('/')[1];
    if (field) byField[`/${field}`] ??= detail.message;
  }
  return byField;
}

/** The form state, its submission and its outcome. */
export function useGateCheck(setup: GateSetup, locale: Locale) {
  const [values, setValues] = useState(initial);
  const [signature, setSignature] = useState<Blob | null>(null);
  const [checkId, setCheckId] = useState(newSubmissionId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<GateCheckResult | null>(null);
  const turnedBack = values.certificate === 'none';
  // The lane's steps from the definition; a definition without lanes walks everyone through all eight.
  const lane = setup.lanes?.find((l) => l.channel === values.channel);
  const laneSteps: readonly GateStep[] = lane?.steps ?? GATE_STEPS;
  const signs = laneSteps.includes('commitment');

  const update = (change: Partial<GateCheckValues>) => setValues((current) => ({ ...current, ...change }));
  // Answering the certificate question is the first step done, as signing is the commitment step.
  const answerCertificate = (certificate: string) =>
    setValues((current) => ({ ...current, certificate, steps: new Set(current.steps).add('certificate') }));
  const toggle = (step: GateStep) =>
    setValues((current) => {
      const steps = new Set(current.steps);
      if (steps.has(step)) steps.delete(step);
      else steps.add(step);
      return { ...current, steps };
    });
  const sign = (png: Blob | null) => {
    setSignature(png);
    setValues((current) => {
      const steps = new Set(current.steps);
      if (png) steps.add('commitment');
      else steps.delete('commitment');
      return { ...current, steps };
    });
  };

  async function submit(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const { worker } = values;
      const data: Record<string, unknown> = {
        residentId: worker.residentId.trim().toUpperCase(),
        name: worker.name.trim(),
        channel: values.channel,
        ...(values.certificate ? { certificate: values.certificate } : {}),
        riskFlag: values.riskFlag,
      };
      if (worker.mobile.trim()) data.mobile = worker.mobile.trim();
      if (lane?.vehicle && values.vehiclePlate.trim()) data.vehiclePlate = values.vehiclePlate.trim().toUpperCase();
      if (values.recentTravel.trim()) data.recentTravel = values.recentTravel.trim();
      if (turnedBack) data.steps = ['certificate'];
      else {
        if (signs && !signature) return;
        const upload = signature
          ? await uploadFile(new File([signature], 'signature.png', { type: 'image/png' }), () => undefined, new AbortController().signal)
          : null;
        Object.assign(data, {
          steps: laneSteps.filter((s) => values.steps.has(s)),
          // Left out when empty, so the server's "请填写「体温（℃）」" lands on the field.
          ...(values.temperature === null ? {} : { temperature: values.temperature }),
          zone: values.zone,
          ...(upload && signs ? { signature: upload.ref, commitmentSha256: setup.commitment[locale].sha256 } : {}),
          ...(setup.notice && values.steps.has('notice') ? { noticeSha256: setup.notice[locale].sha256 } : {}),
        });
      }
      setResult((await gateApi.check(checkId, data)).check);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  function next(): void {
    setValues(initial());
    setSignature(null);
    setCheckId(newSubmissionId());
    setResult(null);
    setError(null);
  }

  return {
    values,
    update,
    answerCertificate,
    toggle,
    sign,
    signature,
    turnedBack,
    lane,
    laneSteps,
    signs,
    busy,
    error,
    fieldErrors: errorsOf(error),
    result,
    submit,
    next,
  };
}
