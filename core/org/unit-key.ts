// The key a new organisation unit gets when its admin gives only its names: made from the English name
// ("Emergency management inspection" → emergency-management-inspection), numbered when taken (…-2), `unit-N` when the
// name has no letters to make one from. A ladder's params name a unit by this key; people pick it by name.

const KEY = /^[a-z][a-z0-9-]{1,63}$/;

/** The key `nameEn` reads as, before any numbering; '' when it has none. */
export function keyFromName(nameEn: string): string {
  return nameEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 56)
    .replace(/-+$/, '');
}

/** A key for a unit named `nameEn` that `taken` says is free. */
export async function freeUnitKey(nameEn: string, taken: (key: string) => Promise<boolean>): Promise<string> {
  const base = KEY.test(keyFromName(nameEn)) ? keyFromName(nameEn) : 'unit';
  for (let n = base === 'unit' ? 2 : 1; ; n += 1) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(key))) return key;
  }
}
