// What a gate check still lacks before it can be decided, in the order the form asks for it: the hint beside the submit
// button says it there, where the officer's thumb is, instead of only at the field far above. While anything is
// missing the button waits, disabled, as it always did for the signature: a press could only be refused.
import type { GateStep } from '#core/domain/gate-rules';
import { isResidentId } from '#core/domain/identifiers';

/** One thing still to do; `count` says how many of the steps are left. */
export type MissingItem =
  | { key: 'residentId' | 'residentIdWrong' | 'name' | 'channel' | 'vehiclePlate' | 'certificate' | 'temperature' | 'zone' | 'signature' }
  | { key: 'steps'; count: number };

/** The state of a gate check the hint reads. */
export interface GateCheckProgress {
  /** The worker's ID and name as typed; they are trimmed (and the ID upper-cased) as the submission does. */
  residentId: string;
  name: string;
  /** The channel chosen; empty until the officer picks one (nothing routes a worker by default). */
  channel: string;
  /** Whether the lane registers the vehicle's plate (a vehicle lane), and the plate as typed. */
  plateAsked?: boolean;
  vehiclePlate?: string;
  /** The certificate answer; `none` turns the worker back, and nothing else but the worker is needed. */
  certificate: string;
  temperature: number | null;
  /** The zone the worker goes to after entry (or after a quarantine); empty until picked, as the channel. */
  zone: string;
  /** Whether the worker's lane signs the commitment, and whether a signature is drawn. */
  signs: boolean;
  signed: boolean;
  laneSteps: readonly GateStep[];
  done: ReadonlySet<GateStep>;
}

/**
 * What is still missing, in form order. A worker turned back is recorded too, so the ID, name and channel are asked
 * for even then, but nothing else (the lane's plate neither: the server asks it only of a vehicle let in). Answering the
 * certificate question and signing tick their own steps, so the steps left count neither while its own item is listed.
 */
export function missingBeforeSubmit(progress: GateCheckProgress): MissingItem[] {
  const {
    residentId,
    name,
    channel,
    plateAsked = false,
    vehiclePlate = '',
    certificate,
    temperature,
    zone,
    signs,
    signed,
    laneSteps,
    done,
  } = progress;
  const missing: MissingItem[] = [];
  // An ID typed but wrong asks to be corrected: "填写身份证号" would read as if the field were still empty.
  const id = residentId.trim().toUpperCase();
  if (!isResidentId(id)) missing.push({ key: id ? 'residentIdWrong' : 'residentId' });
  if (!name.trim()) missing.push({ key: 'name' });
  if (!channel) missing.push({ key: 'channel' });
  if (certificate === 'none') return missing;
  if (plateAsked && !vehiclePlate.trim()) missing.push({ key: 'vehiclePlate' });
  if (!certificate) missing.push({ key: 'certificate' });
  if (temperature === null) missing.push({ key: 'temperature' });
  if (!zone) missing.push({ key: 'zone' });
  if (signs && !signed) missing.push({ key: 'signature' });
  const listed = (step: GateStep) => (step === 'certificate' && !certificate) || (step === 'commitment' && signs && !signed);
  const left = laneSteps.filter((step) => !done.has(step) && !listed(step)).length;
  if (left > 0) missing.push({ key: 'steps', count: left });
  return missing;
}
