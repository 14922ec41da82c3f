// PATCH requests send only what the user changed, so the audit log records real changes.

/** The entries of `edited` whose values differ from `original`. */
export function changedFields<T extends object>(original: T, edited: T): Partial<T> {
  const change: Partial<T> = {};
  for (const key of Object.keys(edited) as (keyof T)[]) {
    if (edited[key] !== original[key]) change[key] = edited[key];
  }
  return change;
}
