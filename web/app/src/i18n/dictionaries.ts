// The dictionaries by locale.
import type { Locale } from '../../../../core/domain/locale';
import { enMessages } from './en-messages';
import { zhCnMessages, type MessageKey } from './zh-cn-messages';

/** Both dictionaries, keyed by locale. */
export const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': zhCnMessages,
  en: enMessages,
};
