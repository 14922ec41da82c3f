// Looks a key up and fills `{name}` placeholders; `{name|one|other}` is the word for that number ("{count}
// {count|day|days}": "1 day", "3 days"), so English never reads "day(s)".
import type { Locale } from '#core/domain/locale';
import { dictionaryOf } from './loaded-dictionaries';
import type { MessageKey } from './zh-cn-messages';

/** Values for the `{name}` placeholders of a message. */
export type MessageParams = Record<string, string | number>;

/** The message for `key` in `locale`, with placeholders replaced. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = dictionaryOf(locale)[key];
  if (!params) return template;
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
