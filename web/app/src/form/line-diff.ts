// Version history shows what changed between two definitions as a line diff of their pretty-printed JSON.

/** One line of a diff: kept, only in the old text, or only in the new one; line numbers count from 1. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
  oldLine?: number;
  newLine?: number;
}

// Lines shared by both ends are peeled off first, so the LCS table only covers the changed middle.
function commonEnds(a: readonly string[], b: readonly string[]): { head: number; tail: number } {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  return { head, tail };
}

// Classic longest-common-subsequence table over the middle lines, filled from the end so a forward walk can read it.
function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array[] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  return table;
}

/** The line diff turning `before` into `after`; removals come before additions where lines were replaced. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  const { head, tail } = commonEnds(a, b);
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const table = lcsTable(midA, midB);
  const lines: DiffLine[] = a.slice(0, head).map((text, i) => ({ kind: 'same', text, oldLine: i + 1, newLine: i + 1 }));
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      lines.push({ kind: 'same', text: midA[i]!, oldLine: head + i + 1, newLine: head + j + 1 });
      i += 1;
      j += 1;
    } else if (j >= midB.length || (i < midA.length && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      lines.push({ kind: 'removed', text: midA[i]!, oldLine: head + i + 1 });
      i += 1;
    } else {
      lines.push({ kind: 'added', text: midB[j]!, newLine: head + j + 1 });
      j += 1;
    }
  }
  for (let k = 0; k < tail; k += 1) {
    lines.push({ kind: 'same', text: a[a.length - tail + k]!, oldLine: a.length - tail + k + 1, newLine: b.length - tail + k + 1 });
  }
  return lines;
}

/** A run of diff lines to show; `skipped` counts the unchanged lines hidden before it. */
export interface DiffHunk {
  skipped: number;
  lines: DiffLine[];
}

/** The changed lines with `context` unchanged lines around each change; long unchanged stretches are folded. */
export function diffHunks(lines: readonly DiffLine[], context = 3): DiffHunk[] {
  const keep = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k += 1) keep[k] = true;
  });
  const hunks: DiffHunk[] = [];
  let skipped = 0;
  let current: DiffHunk | null = null;
  lines.forEach((line, index) => {
    if (!keep[index]) {
      skipped += 1;
      current = null;
      return;
    }
    if (!current) {
      current = { skipped, lines: [] };
      hunks.push(current);
      skipped = 0;
    }
    current.lines.push(line);
  });
  return hunks;
}
