// The payload converter bundled into the workflow sandbox (payloadConverterPath): the default JSON conversion, plus a
// record of which decoded values came from payloads the application's codec authenticated. Validators of human
// input ask `isSealed`, so a decision sent straight to Temporal by someone without the keys is refused.
// Sandbox code: no Node built-ins here (the codec, with node:crypto, runs outside the sandbox).
import { DefaultPayloadConverter, type ConverterHint, type Payload, type SerializationContext } from '@temporalio/common';

import { SEALED_MARK } from '#core/domain/sealed-mark';

const sealed = new WeakSet<object>();

class SealAwarePayloadConverter extends DefaultPayloadConverter {
  override fromPayload<T>(payload: Payload, context?: SerializationContext, hint?: ConverterHint<T>): T {
    const value = super.fromPayload<T>(payload, context, hint);
    if (payload.metadata?.[SEALED_MARK] && typeof value === 'object' && value !== null) sealed.add(value);
    return value;
  }
}

/** The converter the worker bundles; clients and activities use the default one, which reads and writes the same JSON. */
export const payloadConverter = new SealAwarePayloadConverter();

/** Whether `value` was decoded from a payload sealed with one of the application's keys. */
export function isSealed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && sealed.has(value);
}
