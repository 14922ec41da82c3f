// Seals every Temporal payload with AES-256-GCM so histories hold no personal data in clear. Decoding marks what it
// authenticated (SEALED_MARK) and strips that mark from anything that arrived in clear; a payload it cannot open
// (unknown key, tampered bytes) becomes an unsealed null carrying UNREADABLE_MARK rather than an error, because a codec
// that throws fails the whole workflow task, whatever the payload was for. The workflow's converter then refuses that
// payload where it is used (an Update is rejected; a workflow's input fails its task with the reason, key id included),
// and clients outside the sandbox read null.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
// A CommonJS module: under plain Node ESM only its default export is reliable.
import proto from '@temporalio/proto';
import { SEALED_MARK, UNREADABLE_MARK } from '../domain/sealed-mark';
import type { PayloadKey } from './payload-keys';

/** The payload encoding of a sealed payload. */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
/** Metadata key naming the key a payload was sealed with. */
export const KEY_ID_METADATA = 'encryption-key-id';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const text = new TextEncoder();
const read = new TextDecoder();
const ProtoPayload = proto.temporal.api.common.v1.Payload;
// JSON null, not marked sealed (so every validator of human input refuses it), with the reason it could not be opened.
const unreadablePayload = (reason: string): Payload => ({
  metadata: { encoding: text.encode('json/plain'), [UNREADABLE_MARK]: text.encode(reason) },
  data: text.encode('null'),
});

// The key id is authenticated with the ciphertext, so a payload cannot be relabelled to another key.
const aad = (keyId: string) => Buffer.from(`fugong/payload/aes-256-gcm/${keyId}`);

function withoutMark(payload: Payload): Payload {
  if (!payload.metadata || !(SEALED_MARK in payload.metadata || UNREADABLE_MARK in payload.metadata)) return payload;
  const { [SEALED_MARK]: _mark, [UNREADABLE_MARK]: _unreadable, ...metadata } = payload.metadata;
  return { ...payload, metadata };
}

/** The codec every Temporal client and worker of Fugong uses; `onUnreadable` hears of payloads it had to drop. */
export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly active: PayloadKey;
  private readonly byId: Map<string, Buffer>;

  constructor(
    keys: PayloadKey[],
    private readonly onUnreadable: (reason: string) => void = () => {},
  ) {
    if (!keys[0]) throw new Error('AesGcmPayloadCodec needs at least one key');
    this.active = keys[0];
    this.byId = new Map(keys.map((key) => [key.id, key.secret]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.seal(withoutMark(payload)));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.open(payload));
  }

  private seal(payload: Payload): Payload {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.active.secret, iv).setAAD(aad(this.active.id));
    const body = Buffer.concat([cipher.update(ProtoPayload.encode(payload).finish()), cipher.final()]);
    return {
      metadata: { encoding: text.encode(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: text.encode(this.active.id) },
      data: Buffer.concat([iv, body, cipher.getAuthTag()]),
    };
  }

  private open(payload: Payload): Payload {
    const encoding = payload.metadata?.encoding;
    if (!encoding || read.decode(encoding) !== ENCRYPTED_ENCODING) return withoutMark(payload);
    const rawId = payload.metadata?.[KEY_ID_METADATA];
    const keyId = rawId ? read.decode(rawId) : '';
    const secret = this.byId.get(keyId);
    const data = payload.data ?? new Uint8Array();
    const named = `key id "${keyId.slice(0, 32)}"`;
    if (!secret) return this.unreadable(`${named} is not among this process's payload keys`);
    if (data.length < IV_BYTES + TAG_BYTES) return this.unreadable(`${named}: too short`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', secret, data.subarray(0, IV_BYTES)).setAAD(aad(keyId));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
      const inner = ProtoPayload.decode(plain);
      return { metadata: { ...inner.metadata, [SEALED_MARK]: text.encode(keyId) }, data: inner.data };
    } catch {
      return this.unreadable(`${named}: authentication failed (another key under that id, or altered bytes)`);
    }
  }

  private unreadable(reason: string): Payload {
    this.onUnreadable(reason);
    return unreadablePayload(reason);
  }
}
