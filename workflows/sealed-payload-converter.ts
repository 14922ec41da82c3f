// The payload converter bundled into the workflow sandbox (payloadConverterPath): the default JSON conversion, plus a
// record of which decoded values came from payloads the application's codec authenticated. Validators of human
// input ask `isSealed`, so a decision sent straight to Temporal by someone without the keys is refused.
// Sandbox code: no Node built-ins here (the codec, with node:crypto, runs outside the sandbox).
// The SDK's own UTF-8 decoder: the sandbox's globals are not typed as Node's.
import { decode } from '@temporalio/common/lib/encoding';
import { DefaultPayloadConverter, type ConverterHint, type Payload, type SerializationContext } from '@temporalio/common';

import { SEALED_MARK, UNREADABLE_MARK } from '#core/domain/sealed-mark';

const sealed = new WeakSet<object>();

class SealAwarePayloadConverter extends DefaultPayloadConverter {
  override fromPayload<T>(payload: Payload, context?: SerializationContext, hint?: ConverterHint<T>): T {
    // A null in place of what could not be opened would fail later as "Cannot read properties of null": say why here.
    // Thrown while an Update's input is read, the Update is rejected; while a workflow's input is read, its task fails.
    const unreadable = payload.metadata?.[UNREADABLE_MARK];
    if (unreadable) throw new Unsealed(decode(unreadable));
    const value = super.fromPayload<T>(payload, context, hint);
    if (payload.metadata?.[SEALED_MARK] && typeof value === 'object' && value !== null) sealed.add(value);
    return value;
  }
}

/** A payload the codec could not open reached the workflow. Named like the `Unsealed` failures of refuseUnsealed
 * (sealed-input.ts), the type an Update refused for it carries; a workflow's input refused this way fails its task
 * (retried, so the case goes on once the worker has the key). The message names the key id. */
export class Unsealed extends Error {
  constructor(reason: string) {
    super(
      `A Temporal payload could not be opened (${reason}): it was not sealed with a key this worker holds. Every web and ` +
        'worker process needs the same FUGONG_PAYLOAD_KEYS or FUGONG_PAYLOAD_KEYS_FILE; give the worker that key and the case goes on',
    );
  }
}

/** The converter the worker bundles; clients and activities use the default one, which reads and writes the same JSON. */
export const payloadConverter = new SealAwarePayloadConverter();

/** Whether `value` was decoded from a payload sealed with one of the application's keys. */
export function isSealed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && sealed.has(value);
}
