// rjsf fills a oneOf of consts with its first option by default, which pre-selects a choice nobody made.
import type { Experimental_DefaultFormStateBehavior } from '@rjsf/utils';

/** rjsf's default-state behaviour for every form we render: consts inside oneOf are choices, not defaults. */
export const SKIP_CONST_DEFAULTS: Experimental_DefaultFormStateBehavior = Object.freeze({ constAsDefaults: 'skipOneOf' });
