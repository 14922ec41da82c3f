// The payload codec on its own: what it writes holds nothing in clear, rotation keeps old payloads readable, and only
// payloads it authenticated come out marked as sealed — tampered, relabelled or foreign ones decode to an unmarked null
// that says why (naming the key id), which a client reads as null and the workflow's converter refuses.
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING, KEY_ID_METADATA } from '#core/codec/aes-gcm-codec';
import type { PayloadKey } from '#core/codec/payload-keys';
import { SEALED_MARK, UNREADABLE_MARK } from '#core/domain/sealed-mark';
import { isSealed, payloadConverter, Unsealed } from '#workflows/sealed-payload-converter';

const key = (id: string, byte: number): PayloadKey => ({ id, secret: Buffer.alloc(32, byte) });
const K1 = key('k1', 1);
const K2 = key('k2', 2);
const RESIDENT_ID = '370102198501011870';
const decision = { taskId: 't-1', action: 'resolve', data: { residentId: RESIDENT_ID } };
const text = (bytes: Uint8Array | null | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());

async function sealed(codec: AesGcmPayloadCodec, value: unknown): Promise<Payload> {
  const [payload] = await codec.encode([defaultPayloadConverter.toPayload(value)]);
  return payload!;
}

async function opened(codec: AesGcmPayloadCodec, payload: Payload): Promise<{ payload: Payload; value: unknown }> {
  const [out] = await codec.decode([payload]);
  return { payload: out!, value: payloadConverter.fromPayload(out!) };
}

// What a client (default converter) and what the workflow sandbox (seal-aware converter) make of an unreadable payload.
async function unreadable(codec: AesGcmPayloadCodec, payload: Payload): Promise<{ payload: Payload; client: unknown; workflow: unknown }> {
  const [out] = await codec.decode([payload]);
  const workflow = (() => {
    try {
      return payloadConverter.fromPayload(out!);
    } catch (error) {
      return error;
    }
  })();
  return { payload: out!, client: defaultPayloadConverter.fromPayload(out!), workflow };
}

describe('AES-256-GCM payload codec', () => {
  it('seals a payload under the active key id, with nothing readable, and opens it marked as sealed', async () => {
    const codec = new AesGcmPayloadCodec([K1]);
    const payload = await sealed(codec, decision);
    expect(text(payload.metadata!.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(payload.metadata![KEY_ID_METADATA])).toBe('k1');
    expect(Buffer.from(payload.data!).includes(RESIDENT_ID)).toBe(false);
    expect(Buffer.from(payload.data!).includes('json/plain')).toBe(false);
    const { payload: out, value } = await opened(codec, payload);
    expect(value).toEqual(decision);
    expect(text(out.metadata![SEALED_MARK])).toBe('k1');
    expect(isSealed(value)).toBe(true);
  });

  it('uses a fresh IV each time, so equal values seal to different bytes', async () => {
    const codec = new AesGcmPayloadCodec([K1]);
    const [a, b] = [await sealed(codec, decision), await sealed(codec, decision)];
    expect(Buffer.from(a.data!).equals(Buffer.from(b.data!))).toBe(false);
  });

  it('after rotation seals with the new key and still opens what the old key sealed', async () => {
    const before = new AesGcmPayloadCodec([K1]);
    const old = await sealed(before, decision);
    const rotated = new AesGcmPayloadCodec([K2, K1]);
    const { value } = await opened(rotated, old);
    expect(value).toEqual(decision);
    expect(isSealed(value)).toBe(true);
    expect(text((await sealed(rotated, decision)).metadata![KEY_ID_METADATA])).toBe('k2');
  });

  it.each([
    [
      'a flipped ciphertext byte',
      (p: Payload) => {
        const data = Buffer.from(p.data!);
        data[20] = data[20]! ^ 1;
        return { ...p, data };
      },
    ],
    ['a truncated payload', (p: Payload) => ({ ...p, data: Buffer.from(p.data!).subarray(0, 10) })],
    [
      'a key id relabelled to another known key',
      (p: Payload) => ({ ...p, metadata: { ...p.metadata, [KEY_ID_METADATA]: Buffer.from('k2') } }),
    ],
    ['a key id nobody knows', (p: Payload) => ({ ...p, metadata: { ...p.metadata, [KEY_ID_METADATA]: Buffer.from('k9') } })],
  ])('decodes %s to an unmarked null for clients, refused in the workflow with the key id, and reports it', async (_what, tamper) => {
    const reasons: string[] = [];
    const codec = new AesGcmPayloadCodec([K1, K2], (reason) => reasons.push(reason));
    const { payload, client, workflow } = await unreadable(codec, tamper(await sealed(codec, decision)));
    expect(client).toBeNull();
    expect(payload.metadata?.[SEALED_MARK]).toBeUndefined();
    expect(workflow).toBeInstanceOf(Unsealed);
    expect((workflow as Error).message).toMatch(/^A Temporal payload could not be opened \(key id "k[129]"/);
    expect((workflow as Error).message).toContain('FUGONG_PAYLOAD_KEYS');
    expect(reasons).toHaveLength(1);
  });

  it('refuses what another installation sealed with its own key, naming the key id it did not hold', async () => {
    const foreign = await sealed(new AesGcmPayloadCodec([key('web-own', 9)]), decision);
    const { client, workflow } = await unreadable(new AesGcmPayloadCodec([K1]), foreign);
    expect(client).toBeNull();
    expect((workflow as Error).message).toContain(`key id "web-own" is not among this process's payload keys`);
    const sameId = await sealed(new AesGcmPayloadCodec([key('k1', 9)]), decision);
    expect(((await unreadable(new AesGcmPayloadCodec([K1]), sameId)).workflow as Error).message).toContain(
      'key id "k1": authentication failed',
    );
  });

  it('passes payloads written in clear (old histories) through unmarked, and strips a forged mark', async () => {
    const codec = new AesGcmPayloadCodec([K1]);
    const plain = defaultPayloadConverter.toPayload(decision);
    const forged = { ...plain, metadata: { ...plain.metadata, [SEALED_MARK]: Buffer.from('k1'), [UNREADABLE_MARK]: Buffer.from('x') } };
    for (const payload of [plain, forged]) {
      const { payload: out, value } = await opened(codec, payload);
      expect(value).toEqual(decision);
      expect(out.metadata?.[SEALED_MARK]).toBeUndefined();
      expect(out.metadata?.[UNREADABLE_MARK]).toBeUndefined();
      expect(isSealed(value)).toBe(false);
    }
  });
});
