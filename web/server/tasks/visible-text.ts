// The schema of a text a person writes into a task's record (a comment, a reason for handing the task on): at least
// one character one can see. Spaces alone, or zero-width characters (U+200B–U+200D, U+2060, which `\s` does not count
// and the body's clean-up keeps), would stand in the record as an empty line under someone's name.
import type { RJSFSchema } from '@rjsf/utils';
import type { MessageOverrides } from '#forms/localize-validation-errors';
import { VISIBLE_TEXT_PATTERN } from '#forms/validation-messages';

/** A string of `minLength`–`maxLength` characters, one of them visible; `message` for a short or blank one. */
export function visibleText(minLength: number, maxLength: number, message: MessageOverrides[string]): RJSFSchema {
  return {
    type: 'string',
    minLength,
    maxLength,
    pattern: VISIBLE_TEXT_PATTERN,
    'x-messages': { minLength: message, pattern: message },
  };
}
