// Problems an rjsf form found before sending are worded in the language they were found in. When the reader switches
// language, rjsf drops them from the fields (the schema changes with the language) while the page's error summary kept
// the old words under the new titles ("Category: 请选择「问题类别」"). This checks the form again in the new language, so
// the fields and the summary speak it, without moving the focus to the first field. A server's problems are left alone.
import type Form from '@rjsf/core';
import type { RJSFValidationError } from '@rjsf/utils';
import { useEffect, useRef, type RefObject } from 'react';
import type { Locale } from '#core/domain/locale';

/**
 * Rewords the shown problems when `locale` changes; `shown` says whether the problems on show came from the form itself.
 * Returns the form's `focusOnFirstError` handler: it focuses the first problem's field, except while rewording.
 */
export function useRewordedProblems(form: RefObject<Form | null>, locale: Locale, shown: boolean): (first: RJSFValidationError) => void {
  const rewording = useRef(false);
  const wordedIn = useRef(locale);
  useEffect(() => {
    if (wordedIn.current === locale) return;
    wordedIn.current = locale;
    if (!shown) return;
    rewording.current = true;
    try {
      form.current?.validateForm();
    } finally {
      rewording.current = false;
    }
  }, [form, locale, shown]);
  return (first) => {
    if (!rewording.current) form.current?.focusOnError(first);
  };
}
