// Server values such as statuses become keys like `status.settled`; unknown ones fall back to the raw value.
import { dictionaryOf } from './loaded-dictionaries';
import type { MessageKey } from './zh-cn-messages';

/** True when `key` names an entry of the dictionaries the app holds now (zh-CN's on-demand parts once loaded). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(dictionaryOf('zh-CN'), key);
}
