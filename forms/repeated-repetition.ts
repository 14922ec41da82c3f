// A form's `pattern` runs on the server against what every filler types, on the one thread that answers everybody. A
// group that repeats something repeated — (a+)+, ([\w.-]+)*@…, (\d{1,3}\.?){4} — makes the regular expression engine
// try exponentially many ways to split a text that almost matches: 30 characters of "aaa…a!" against ^(a+)+$ held the
// web server for 23 seconds. Such a pattern is refused when the form is saved (the classic "star height" test), unless
// the group starts or ends with a separator its repeated parts cannot match, as (\.[\w-]+)+ in a domain name or
// (\d+,)* in a list of numbers: that text splits one way only. A repeated group whose alternatives can start with the
// same character — (.|\s)* (a space is both), (\w|\d)+, (ab|a|b)* — splits a text as many ways: 24 spaces and a "!"
// against ^(.|\s)*X$ held the server 3 seconds, each more character doubling it. It is refused too, unless each of its
// alternatives starts with a character none of the others can (^(ab|cd)*$).

/** The smallest and largest count of a quantifier starting at `at` (Infinity for * + and {n,}), with its length; none
 * when there is none. */
function quantifierAt(pattern: string, at: number): { min: number; max: number; length: number } | undefined {
  const char = pattern[at];
  if (char === '*') return { min: 0, max: Infinity, length: 1 };
  if (char === '+') return { min: 1, max: Infinity, length: 1 };
  if (char === '?') return { min: 0, max: 1, length: 1 };
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
  if (!braces) return undefined;
  const max = braces[2] === undefined ? Number(braces[1]) : braces[3] ? Number(braces[3]) : Infinity;
  return { min: Number(braces[1]), max, length: braces[0].length };
}

/** Where a character class starting at `at` ends (the index after its closing bracket). */
function afterClass(pattern: string, at: number): number {
  let i = at + 1;
  if (pattern[i] === '^') i += 1;
  if (pattern[i] === ']') i += 1;
  while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Where a group's contents start, past `(` and any `?:` `?=` `?!` `?<=` `?<!` `?<name>`. */
function groupStart(pattern: string, at: number): number {
  if (pattern[at + 1] !== '?') return at + 1;
  if (pattern[at + 2] === '<' && pattern[at + 3] !== '=' && pattern[at + 3] !== '!') return pattern.indexOf('>', at) + 1;
  return at + (pattern[at + 2] === '<' ? 4 : 3);
}

/** What the parser knows of a group still open. */
interface OpenGroup {
  /** Something inside repeats. */
  repeats: boolean;
  /** The character its first atom must match, when that atom is one literal character read once; else null. */
  lead: string | null | undefined;
  /** The character its last atom so far must match, when that atom is one literal character read once; else null. */
  tail: string | null;
  /** It has alternatives (`|`): no one separator leads or ends it. */
  alternates: boolean;
  /** The sources of the single characters, escapes and classes repeated inside (not of groups). */
  repeatedAtoms: string[];
  /** A group inside repeats, or repeats something. */
  nested: boolean;
  /** Each alternative's first atom (its source), null when it is not one sure character set (a group, an optional
   * atom), undefined while the alternative has none yet. */
  firsts: (string | null | undefined)[];
}

// The characters two first atoms are tried on: printable ASCII, white space, and a few letters beyond it.
const PROBES = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'\t\n\r\u000b\f\u00a0\u2028\u3000é中一龥ー😀'];

/** Whether one character can be matched by both atoms; an atom that is no sure set of characters overlaps any. */
function overlap(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  try {
    const x = new RegExp(`^(?:${a})$`, 'u');
    const y = new RegExp(`^(?:${b})$`, 'u');
    return PROBES.some((char) => x.test(char) && y.test(char));
  } catch {
    return true;
  }
}

/** Whether two alternatives of a group can start with the same character. */
function ambiguousAlternatives(group: OpenGroup): boolean {
  const firsts = group.firsts.filter((first): first is string | null => first !== undefined);
  return firsts.some((a, i) => firsts.slice(i + 1).some((b) => overlap(a, b)));
}

/** The one character a literal atom matches (`a`, `\\.`), or null for anything wider (`.`, `\\d`, a class, a group). */
function literalOf(atom: string): string | null {
  if (atom.length === 1) return '.^$|'.includes(atom) ? null : atom;
  return atom.length === 2 && atom[0] === '\\' && !/[A-Za-z0-9]/.test(atom[1]!) ? atom[1]! : null;
}

/** Whether a repeated group can split a text one way only: it starts or ends with a literal character, read once, that
 * none of the single atoms repeated inside can match, as \\.[\\w-]+ in (\\.[\\w-]+)+ of a domain name or \\d+, in (\\d+,)*. */
function separated(group: OpenGroup): boolean {
  if (group.nested) return false;
  const unmatched = (char: string | null | undefined) =>
    !!char && group.repeatedAtoms.every((atom) => !new RegExp(`^(?:${atom})$`, 'u').test(char));
  return unmatched(group.lead) || unmatched(group.tail);
}

/** Whether `pattern` repeats (* + {n,m} with m > 1) a group inside which something repeats, unless the group starts
 * with a separator its repeated parts cannot match; or a group two of whose alternatives can start alike. */
export function repeatsARepetition(pattern: string): boolean {
  const open: OpenGroup[] = [];
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i]!;
    if (char === '(') {
      open.push({ repeats: false, lead: undefined, tail: null, alternates: false, repeatedAtoms: [], nested: false, firsts: [undefined] });
      i = groupStart(pattern, i);
      continue;
    }
    const at = i;
    let closed: OpenGroup | undefined;
    if (char === ')') {
      closed = open.pop();
      i += 1;
    } else if (char === '[') i = afterClass(pattern, i);
    else i += char === '\\' ? 2 : 1;
    const atom = pattern.slice(at, i);
    const parent = open[open.length - 1];
    const quantifier = quantifierAt(pattern, i);
    // Alternatives each start somewhere else: no single separator leads the group.
    if (parent && atom === '|') {
      parent.lead = null;
      parent.alternates = true;
      parent.firsts.push(undefined);
    }
    // An anchor matches no character: the alternative's first atom is the next one.
    const last = parent ? parent.firsts.length - 1 : -1;
    if (parent && atom !== '|' && atom !== '^' && atom !== '$' && parent.firsts[last] === undefined)
      parent.firsts[last] = closed || (quantifier && quantifier.min === 0) ? null : atom;
    if (parent && parent.lead === undefined) parent.lead = quantifier || closed ? null : literalOf(atom);
    if (parent) parent.tail = quantifier || closed || parent.alternates ? null : literalOf(atom);
    if (closed?.repeats && parent) parent.repeats = parent.nested = true;
    if (!quantifier) continue;
    if (quantifier.max > 1) {
      if (closed?.repeats && !separated(closed)) return true;
      if (closed?.alternates && ambiguousAlternatives(closed)) return true;
      if (parent) {
        parent.repeats = true;
        if (closed) parent.nested = true;
        else parent.repeatedAtoms.push(atom);
      }
    }
    i += quantifier.length + (pattern[i + quantifier.length] === '?' ? 1 : 0);
  }
  return false;
}
