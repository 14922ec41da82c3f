// The Temporal remote codec protocol's JSON: `{ payloads: [{ metadata: { key: base64 }, data: base64 }] }`
// (proto3 JSON, so every bytes field is base64), to and from the SDK's Payload objects.
import type { Payload } from '@temporalio/common';
import { AppError } from '#core/errors';

/** At most this many payloads in one call (a history page is far smaller). */
export const MAX_PAYLOADS = 1000;

const badBody = (why: string) =>
  new AppError(400, 'bad_codec_body', {
    'zh-CN': `请求体不符合 Temporal 编解码协议：${why}`,
    en: `The body does not follow the Temporal codec protocol: ${why}`,
  });

function bytes(value: unknown, where: string): Uint8Array {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) throw badBody(`${where} must be base64`);
  return Buffer.from(value, 'base64');
}

/** Reads `{ payloads: [...] }` into Payloads; a 400 names the first field that is not base64. */
export function payloadsFromWire(body: unknown): Payload[] {
  const list = (body as { payloads?: unknown } | null)?.payloads;
  if (!Array.isArray(list)) throw badBody('payloads must be an array');
  if (list.length > MAX_PAYLOADS) throw badBody(`at most ${MAX_PAYLOADS} payloads per call`);
  return list.map((item: unknown, i) => {
    const { metadata = {}, data = '' } = (item ?? {}) as { metadata?: unknown; data?: unknown };
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
      throw badBody(`payloads[${i}].metadata must be an object`);
    const entries = Object.entries(metadata).map(([key, value]) => [key, bytes(value, `payloads[${i}].metadata.${key}`)] as const);
    return { metadata: Object.fromEntries(entries), data: bytes(data, `payloads[${i}].data`) };
  });
}

/** Writes Payloads back as the protocol's JSON. */
export function payloadsToWire(payloads: Payload[]): { payloads: { metadata: Record<string, string>; data: string }[] } {
  return {
    payloads: payloads.map((payload) => ({
      metadata: Object.fromEntries(
        Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
      ),
      data: Buffer.from(payload.data ?? new Uint8Array()).toString('base64'),
    })),
  };
}
