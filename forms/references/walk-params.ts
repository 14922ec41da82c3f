// Visits every value of a definition's params with its JSON pointer, so a checker finds each place a kind of name is
// used (every `…Template`, every `workingGroupKey`) wherever a process type puts it, including places added later.
/** One value inside the params and its pointer from the definition's root. */
export interface ParamValue {
  key: string;
  value: unknown;
  path: string;
}

const escape = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every keyed value under `params`, depth first; pointers start at `/process/params`. */
export function walkParams(params: unknown, path = '/process/params'): ParamValue[] {
  if (!params || typeof params !== 'object') return [];
  const found: ParamValue[] = [];
  for (const [key, value] of Object.entries(params)) {
    const at = `${path}/${escape(key)}`;
    found.push({ key, value, path: at }, ...walkParams(value, at));
  }
  return found;
}
