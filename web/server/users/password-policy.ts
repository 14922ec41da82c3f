// What a password must be: long enough to resist guessing; everything else is left to the person.

/** JSON Schema of a new password. */
export const PASSWORD = { type: 'string', minLength: 8, maxLength: 200 } as const;
