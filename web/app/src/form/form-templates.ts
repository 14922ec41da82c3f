// The rjsf templates of every rjsf form the app renders (fill, preview, decisions, parameters, weights): worded list
// buttons in the reader's language (with rjsf-strings.ts) and items titled by their number.
import type { FormProps } from '@rjsf/core';
import { NumberedArrayItem } from './numbered-array-item';
import { TEXT_BUTTONS } from './text-buttons';

/** The `templates` of every rjsf form, given with `translateString={rjsfStrings(locale)}`. */
export const FORM_TEMPLATES: FormProps['templates'] = { ButtonTemplates: TEXT_BUTTONS, ArrayFieldItemTemplate: NumberedArrayItem };
