// How a mobile is written on an SMS outbox row, and how it (and any outbox row's recipient) is shown. The row must
// hold the number to deliver it (as an email row holds its address); everything that shows or logs a row shows it
// masked (core/privacy/mask.ts). Pure functions without Node built-ins, so notice keys can be computed anywhere.
import { maskMobile } from '../privacy/mask';

const PREFIX = 'sms:';
// How robot-outbox.ts writes a group robot's row: `robot:<key>`.
const ROBOT_PREFIX = 'robot:';
/** A mainland mobile number, as the gate-check form validates it. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** The outbox `to_address` of an SMS to `mobile`. */
export function smsAddress(mobile: string): string {
  return `${PREFIX}${mobile}`;
}

/** The mobile an SMS row goes to; undefined for a row of another channel. */
export function mobileOfAddress(address: string): string | undefined {
  return address.startsWith(PREFIX) ? address.slice(PREFIX.length) : undefined;
}

/** An outbox address as a person or a log line may see it: an SMS row's number masked, other addresses unchanged. */
export function shownAddress(channel: string | null | undefined, address: string): string {
  const mobile = channel === 'sms' ? mobileOfAddress(address) : undefined;
  return mobile === undefined ? address : `${PREFIX}${maskMobile(mobile)}`;
}

/** The recipient of an outbox row as a case page names it, without the row's channel prefix: an SMS row's number
 * masked (139****5678), a group robot by the name it was registered under (its key when it has none), an email's
 * address as it is. The page says the channel in words ("发送短信给 …"); a raw `sms:` is no word of either language. */
export function shownRecipient(channel: string | null | undefined, address: string, robotName?: string | null): string {
  const mobile = channel === 'sms' ? mobileOfAddress(address) : undefined;
  if (mobile !== undefined) return maskMobile(mobile);
  if (address.startsWith(ROBOT_PREFIX)) return robotName || address.slice(ROBOT_PREFIX.length);
  return address;
}

/** A short digest naming a mobile inside idempotency keys (cyrb53): it keeps the number out of plain sight in keys
 * and histories; it is not a secret (the space of mobiles is small). */
export function mobileDigest(mobile: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < mobile.length; i += 1) {
    const ch = mobile.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
