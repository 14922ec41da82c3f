// What every request must carry, updated by the i18n provider and by each session answer.
import { DEFAULT_LOCALE, type Locale } from '#core/domain/locale';

/** Mutable per-tab request settings: the Accept-Language, the CSRF token, and who to tell about a 401. */
export const requestState: {
  locale: Locale;
  csrfToken: string;
  onUnauthorized: () => void;
} = {
  locale: DEFAULT_LOCALE,
  csrfToken: '',
  onUnauthorized: () => undefined,
};
