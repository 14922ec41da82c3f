// One error base class; the web layer turns it into `{ error: { code, message, details } }`.
import type { ErrorDetail } from './api/error-types';
import type { Locale, LocalizedText } from './domain/locale';

export type { ErrorDetail };

/** An error the API can explain to its caller. Messages are given in every language and picked per request. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly details: ErrorDetail[] = [],
  ) {
    super(text.en);
  }

  /** The message in the caller's language. */
  messageIn(locale: Locale): string {
    return this.text[locale];
  }
}

/** 404 for a record the caller may not see or that does not exist; the two are deliberately indistinguishable. */
export function notFound(what: LocalizedText): AppError {
  return new AppError(404, 'not_found', { 'zh-CN': `${what['zh-CN']}不存在`, en: `${what.en} not found` });
}
