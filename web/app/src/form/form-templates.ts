// The rjsf templates every form people fill or preview uses: worded list buttons and items titled by their number.
import type { FormProps } from '@rjsf/core';
import { NumberedArrayItem } from './numbered-array-item';
import { TEXT_BUTTONS } from './text-buttons';

/** The `templates` of a form that people fill. */
export const FORM_TEMPLATES: FormProps['templates'] = { ButtonTemplates: TEXT_BUTTONS, ArrayFieldItemTemplate: NumberedArrayItem };
