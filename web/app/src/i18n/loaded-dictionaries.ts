// The dictionaries the running app holds. zh-CN, the default, comes with the first scripts; every other language is
// a chunk of its own, fetched when someone picks it (or had picked it before), so most users never download English.
// dictionaries.ts still has both, for the tests that compare their keys.
import type { Locale } from '#core/domain/locale';
import { zhCnMessages, type MessageKey } from './zh-cn-messages';

type Dictionary = Record<MessageKey, string>;

const LOADERS: Record<Exclude<Locale, 'zh-CN'>, () => Promise<Dictionary>> = {
  en: () => import('./en-messages').then((module) => module.enMessages),
};

// zh-CN's on-demand parts join it when their page's chunk loads (addZhCnMessages).
const loaded: Partial<Record<Locale, Dictionary>> = { 'zh-CN': zhCnMessages as Dictionary };

/** The dictionary of `locale` when it has been loaded, zh-CN's until then. */
export function dictionaryOf(locale: Locale): Dictionary {
  return loaded[locale] ?? loaded['zh-CN']!;
}

/** Fetches the dictionary of `locale` unless the app holds it already. */
export async function loadDictionary(locale: Locale): Promise<void> {
  if (locale === 'zh-CN' || loaded[locale]) return;
  loaded[locale] = await LOADERS[locale]();
}

/** Adds the zh-CN messages of a page that loads on demand; its module calls this before the page renders. */
export function addZhCnMessages(messages: Partial<Dictionary>): void {
  loaded['zh-CN'] = { ...loaded['zh-CN']!, ...messages };
}
