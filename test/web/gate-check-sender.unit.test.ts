// Sending a queued gate check (web/app/src/offline/gate-check-sender.ts, issue 23): the signature's image is uploaded
// once and its reference kept with the item, so retries after a failure send the check with the same reference; when
// the server has swept that upload meanwhile (it refuses the check at its signature), the image is uploaded again.
import { describe, expect, it } from 'vitest';
import { ApiError } from '#web/app/src/api/api-error';
import { gateCheckSender, type GateCheckRequests, type GatePayload } from '#web/app/src/offline/gate-check-sender';
import type { QueueItem } from '#web/app/src/offline/offline-store';
import { sendPending } from '#web/app/src/offline/send-pending';

const PNG = btoa('\x89PNG\r\n\x1a\nsignature');
const PAYLOAD: GatePayload = { data: { name: '张三', residentId: '110101199003070011' }, signaturePng: PNG };

function queued(): QueueItem {
  return {
    clientId: '0b9f6c1e-3d2a-4c5b-9e8f-7a6b5c4d3e2f',
    userId: 7,
    kind: 'gate-check',
    deviceTime: '2026-02-10T00:30:00.000Z',
    formVersion: 3,
    deviceOutcome: 'admitted',
    iv: new Uint8Array(12),
    sealed: new ArrayBuffer(0),
    status: 'pending',
    updatedAt: '2026-02-10T00:30:00.000Z',
  };
}

/** A server whose check route answers each call from `answers` in turn (an Error thrown, else admitted), whose
 * uploads are numbered, and which refuses a check naming an upload it no longer has. */
function fakeServer(answers: (Error | 'ok')[]) {
  const uploads: string[] = [];
  const swept = new Set<string>();
  const checks: { signature: unknown; clientId: string }[] = [];
  const requests: GateCheckRequests = {
    upload: async (png) => {
      expect(png.type).toBe('image/png');
      expect(new Uint8Array(await png.arrayBuffer())).toEqual(Uint8Array.from(atob(PNG), (c) => c.charCodeAt(0)));
      uploads.push(`upload:${uploads.length + 1}`);
      return uploads.at(-1)!;
    },
    post: async (body) => {
      checks.push({ signature: body.data.signature, clientId: body.clientId });
      if (swept.has(String(body.data.signature)))
        throw new ApiError(422, 'invalid_form', '检查记录有误，请按提示修改', [{ path: '/data/signature', message: '请重新在屏幕上签名' }]);
      const answer = answers.shift() ?? 'ok';
      if (answer instanceof Error) throw answer;
      return { check: { outcome: 'admitted', enterpriseClearance: 'suspended' }, replayed: false };
    },
  };
  return { requests, uploads, swept, checks };
}

/** Rounds of sending the one item until none is pending or `max` rounds; answers the stored item. */
async function sendRounds(requests: GateCheckRequests, max: number, start = queued()): Promise<QueueItem> {
  let stored = start;
  for (let i = 0; i < max && stored.status === 'pending'; i++)
    await sendPending([stored], {
      open: async () => PAYLOAD,
      save: async (entry) => {
        stored = entry;
      },
      changed: async () => undefined,
      sender: gateCheckSender(requests),
    });
  return stored;
}

describe('a queued gate check with a signature', () => {
  it('uploads the signature once however often the check is retried', async () => {
    const server = fakeServer([new ApiError(0, 'network', ''), new ApiError(503, 'unavailable', '稍后再试'), 'ok']);
    const stored = await sendRounds(server.requests, 5);
    expect(stored).toMatchObject({
      status: 'synced',
      answer: { outcome: 'admitted', enterpriseClearance: 'suspended' },
      signatureRef: 'upload:1',
    });
    expect(server.uploads).toEqual(['upload:1']);
    expect(server.checks).toEqual([1, 2, 3].map(() => ({ signature: 'upload:1', clientId: queued().clientId })));
  });

  it('uploads again, once, when the upload it kept was swept meanwhile', async () => {
    const server = fakeServer([new ApiError(0, 'network', '')]);
    const waiting = await sendRounds(server.requests, 1);
    expect(waiting).toMatchObject({ status: 'pending', signatureRef: 'upload:1' });
    server.swept.add('upload:1');
    const stored = await sendRounds(server.requests, 1, waiting);
    expect(stored).toMatchObject({ status: 'synced', signatureRef: 'upload:2' });
    expect(server.uploads).toEqual(['upload:1', 'upload:2']);
    expect(server.checks.map((check) => check.signature)).toEqual(['upload:1', 'upload:1', 'upload:2']);
  });

  it('keeps the refusal of a check refused for another reason, without uploading again', async () => {
    const refusal = new ApiError(422, 'invalid_form', '检查记录有误，请按提示修改', [
      { path: '/data/temperature', message: '体温须在 34 至 43 ℃ 之间' },
    ]);
    const server = fakeServer([new ApiError(0, 'network', ''), refusal]);
    const stored = await sendRounds(server.requests, 3);
    expect(stored).toMatchObject({ status: 'refused', answer: { code: 'invalid_form', details: ['体温须在 34 至 43 ℃ 之间'] } });
    expect(server.uploads).toEqual(['upload:1']);
  });

  it('sends a check without a signature (the supply-truck lane) with no upload', async () => {
    const server = fakeServer(['ok']);
    let stored = queued();
    await sendPending([stored], {
      open: async () => ({ ...PAYLOAD, signaturePng: null }),
      save: async (entry) => {
        stored = entry;
      },
      changed: async () => undefined,
      sender: gateCheckSender(server.requests),
    });
    expect(stored.status).toBe('synced');
    expect(server.uploads).toEqual([]);
    expect(server.checks).toEqual([{ signature: undefined, clientId: queued().clientId }]);
  });
});
