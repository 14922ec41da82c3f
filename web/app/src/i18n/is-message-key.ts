// Server values such as statuses become keys like `status.settled`; unknown ones fall back to the raw value.
import { zhCnMessages, type MessageKey } from './zh-cn-messages';

/** True when `key` names an entry of the dictionaries. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCnMessages, key);
}
