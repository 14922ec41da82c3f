// The state of one gate check on the phone: safe defaults (no temperature until one is taken), steps ticked as data arrives, and the submission
// (signature upload first, then the check under a client-made id so a retry never records the worker twice).
import { useState } from 'react';
import { GATE_STEPS, type GateLane, type GateStep } from '#core/domain/gate-rules';
import type { Locale } from '#core/domain/locale';
import { ApiError } from '../../api/api-error';
import { gateApi, type GateCheckResult, type GateSetup, type SiteClearance } from '../../api/gate-api';
import { newSubmissionId } from '../../form/new-submission-id';
import { uploadFile } from '../../form/upload-file';
import { decideGateCheck } from '#core/domain/gate-check-decision';
import { queueGateCheck } from '../../offline/gate-queue';
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

// The channel and the zone route the worker: each starts empty and the officer picks it for every worker (the hint
// beside the submit button names what is left), so nobody meant for the living zone is recorded in the construction
// zone because it was pre-selected.
const initial = (): GateCheckValues => ({
  worker: { residentId: '', name: '', mobile: '' },
  channel: '',
  vehiclePlate: '',
  // Whether the worker holds a valid certificate decides admission: the officer answers it, nothing is assumed.
  certificate: '',
  steps: new Set<GateStep>(),
  temperature: null,
  recentTravel: '',
  riskFlag: false,
  zone: '',
});

// Where the signature's upload ref goes once uploaded: the decision only needs to know that a signature exists.
const PENDING_UPLOAD = 'upload:pending';

/** The phone holds no queue key (never online since sign-in): the check cannot be kept. */
export class OfflineKeyMissing extends Error {
  override name = 'OfflineKeyMissing';
}

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

/** The form state, its submission and its outcome. `siteClearance`: the site's enterprise's clearance as the setup
 * (perhaps the phone's copy) said, told on a check decided offline as the server tells it online. */
export function useGateCheck(setup: GateSetup, locale: Locale, userId: number, siteClearance: SiteClearance | null = null) {
  const [values, setValues] = useState(initial);
  const [signature, setSignature] = useState<Blob | null>(null);
  const [checkId, setCheckId] = useState(newSubmissionId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<GateCheckResult | null>(null);
  const [decidedOffline, setDecidedOffline] = useState(false);
  // What was sent, so the decision's reasons can name the reading beside the rule's limit.
  const [submitted, setSubmitted] = useState<Record<string, unknown>>({});
  // Whether the officer has entered anything yet: until then what is missing is a plain list, not a warning.
  const [started, setStarted] = useState(false);
  const turnedBack = values.certificate === 'none';
  // The lane's steps from the definition; a definition without lanes walks everyone through all eight.
  const lane = setup.lanes?.find((l) => l.channel === values.channel);
  const laneSteps: readonly GateStep[] = lane?.steps ?? GATE_STEPS;
  const signs = laneSteps.includes('commitment');

  const change = (next: (current: GateCheckValues) => GateCheckValues) => {
    setStarted(true);
    setValues(next);
  };
  const update = (patch: Partial<GateCheckValues>) => change((current) => ({ ...current, ...patch }));
  // Answering the certificate question is the first step done, as signing is the commitment step.
  const answerCertificate = (certificate: string) =>
    change((current) => ({ ...current, certificate, steps: new Set(current.steps).add('certificate') }));
  const toggle = (step: GateStep) =>
    change((current) => {
      const steps = new Set(current.steps);
      if (steps.has(step)) steps.delete(step);
      else steps.add(step);
      return { ...current, steps };
    });
  const sign = (png: Blob | null) => {
    setSignature(png);
    change((current) => {
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
      if (turnedBack) {
        data.steps = ['certificate'];
        // A temperature taken all the same is sent: a fever is named in the decision and alerted, though not quarantined.
        if (values.temperature !== null) data.temperature = values.temperature;
      } else {
        if (signs && !signature) return;
        Object.assign(data, {
          steps: laneSteps.filter((s) => values.steps.has(s)),
          // Left out when empty, so the server's "请填写「体温（℃）」" lands on the field.
          ...(values.temperature === null ? {} : { temperature: values.temperature }),
          zone: values.zone,
          ...(signature && signs ? { signature: PENDING_UPLOAD, commitmentSha256: setup.commitment[locale].sha256 } : {}),
          ...(setup.notice && values.steps.has('notice') ? { noticeSha256: setup.notice[locale].sha256 } : {}),
        });
      }
      setSubmitted(data);
      if (!navigator.onLine) return await decideOffline(data);
      try {
        if (data.signature === PENDING_UPLOAD)
          data.signature = (
            await uploadFile(new File([signature!], 'signature.png', { type: 'image/png' }), () => undefined, new AbortController().signal)
          ).ref;
        setResult((await gateApi.check(checkId, data)).check);
      } catch (failure) {
        // The signal went while sending: the check is decided here and queued like any offline one.
        if (failure instanceof ApiError && failure.status === 0) return await decideOffline(data);
        throw failure;
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  /** Decides on the phone with the cached definition (the server's own function) and queues the check, encrypted. */
  async function decideOffline(data: Record<string, unknown>): Promise<void> {
    const commitmentHashes = Object.values(setup.commitment).map((c) => c.sha256);
    const decision = decideGateCheck(data, { entryRules: setup.entryRules, lanes: setup.lanes as GateLane[] | null, commitmentHashes });
    const queued = { ...data };
    if (queued.signature === PENDING_UPLOAD) delete queued.signature;
    const stored = await queueGateCheck(userId, {
      clientId: checkId,
      formVersion: setup.formVersion,
      deviceOutcome: decision.outcome,
      data: queued,
      signature: data.signature === PENDING_UPLOAD ? signature : null,
    });
    if (!stored) throw new OfflineKeyMissing();
    const now = new Date();
    setDecidedOffline(true);
    setResult({
      id: checkId,
      outcome: decision.outcome,
      reasons: decision.reasons,
      workerId: 0,
      quarantine:
        decision.outcome === 'quarantined'
          ? { id: checkId, startedAt: now.toISOString(), endsAt: new Date(now.getTime() + setup.days * 86_400_000).toISOString() }
          : null,
      ...(siteClearance ? { enterpriseClearance: siteClearance.state } : {}),
    });
  }

  function next(): void {
    setDecidedOffline(false);
    setValues(initial());
    setStarted(false);
    setSubmitted({});
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
    submitted,
    started,
    decidedOffline,
    submit,
    next,
  };
}
