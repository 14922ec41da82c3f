// Looks a key up and fills `{name}` placeholders.
import type { Locale } from '#core/domain/locale';
import { dictionaryOf } from './loaded-dictionaries';
import type { MessageKey } from './zh-cn-messages';

/** Values for the `{name}` placeholders of a message. */
export type MessageParams = Record<string, string | number>;

/** The message for `key` in `locale`, with placeholders replaced. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = dictionaryOf(locale)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
