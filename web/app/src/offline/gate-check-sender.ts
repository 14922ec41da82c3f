// How a queued gate check is sent (gate-queue.ts): its signature's PNG uploaded, then the check with the upload's
// reference. The upload is made once: its reference is kept with the item (send-pending.ts's `keep`) before the check
// is sent, so a retry after a failure (no signal, the server failing) sends the check with the same reference instead
// of uploading the image again — each upload is a new file on the server, counted against the officer's quota of
// unattached files until a check names it. An upload left unattached for long is swept by the server
// (web/server/uploads/upload-sweep.ts): when the check is refused at its signature, the image is uploaded again, once.
import { ApiError } from '../api/api-error';
import type { QueueItem } from './offline-store';
import type { Sender } from './send-pending';

/** What is encrypted in a queued gate check: the form data (personal) and the signature's PNG. */
export interface GatePayload {
  data: Record<string, unknown>;
  signaturePng: string | null;
}

/** What the server answers a gate check. */
export interface GateCheckAnswer {
  /** The server's decision, and the site enterprise's clearance as the server knew it when the check arrived. */
  check: { outcome: string; enterpriseClearance?: string | null };
  replayed: boolean;
}

/** The requests a gate check's sending makes: the upload of a PNG (answers its reference) and the check itself. */
export interface GateCheckRequests {
  upload(png: Blob): Promise<string>;
  post(body: {
    clientId: string;
    deviceTime: string;
    formVersion: number;
    deviceOutcome?: string;
    data: Record<string, unknown>;
  }): Promise<GateCheckAnswer>;
}

/** The server refused the check for its signature (the upload named is not there: swept). */
function signatureRefused(error: unknown): boolean {
  return error instanceof ApiError && error.status === 422 && error.details.some((detail) => detail.path === '/data/signature');
}

function pngOf(base64: string): Blob {
  return new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
}

/** The sender of queued gate checks over `requests`. */
export function gateCheckSender(requests: GateCheckRequests): Sender<GatePayload> {
  const post = async (item: QueueItem, payload: GatePayload, signature?: string) => {
    const data = signature ? { ...payload.data, signature } : { ...payload.data };
    const { clientId, deviceTime, formVersion, deviceOutcome } = item;
    const answer = await requests.post({ clientId, deviceTime, formVersion, deviceOutcome, data });
    const { outcome, enterpriseClearance = null } = answer.check;
    return { outcome, replayed: answer.replayed, enterpriseClearance };
  };
  return async (item, payload, keep) => {
    if (!payload.signaturePng) return post(item, payload);
    if (item.signatureRef) {
      try {
        return await post(item, payload, item.signatureRef);
      } catch (error) {
        if (!signatureRefused(error)) throw error;
      }
    }
    const signatureRef = await requests.upload(pngOf(payload.signaturePng));
    await keep({ signatureRef });
    return post(item, payload, signatureRef);
  };
}
