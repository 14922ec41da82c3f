// The choices of a form that files a difficulty about an enterprise (a visit's problems, a hotline call): the
// enterprises the reader may see and the difficulty categories, as select options in the reader's language.
import { orgApi } from '../api/org-api';
import { useI18n } from '../i18n/use-i18n';
import { useApiData } from './use-api-data';
import { queryKeys } from '../api/query-keys';

/** Enterprises and difficulty categories as options, loaded once per language (the labels are in the reader's). */
export function useDifficultyOptions() {
  const { pick, locale } = useI18n();
  return useApiData(
    async (signal) => {
      const [enterprises, categories] = await Promise.all([orgApi.enterprises('', signal), orgApi.categories(signal)]);
      return {
        enterprises: enterprises.enterprises.map((e) => ({ value: String(e.id), label: e.name })),
        categories: categories.categories.map((c) => ({ value: c.key, label: pick(c.name) })),
      };
    },
    [locale],
    queryKeys.difficultyOptions,
  );
}
