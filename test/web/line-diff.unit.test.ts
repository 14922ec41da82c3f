import { describe, expect, it } from 'vitest';
import { diffHunks, lineDiff, type DiffLine } from '#web/app/src/form/line-diff';

const render = (lines: DiffLine[]) => lines.map((line) => `${{ same: ' ', removed: '-', added: '+' }[line.kind]}${line.text}`);

describe('line diff of two definitions', () => {
  it.each([
    ['identical texts', 'a\nb', 'a\nb', [' a', ' b']],
    ['an added line', 'a\nc', 'a\nb\nc', [' a', '+b', ' c']],
    ['a removed line', 'a\nb\nc', 'a\nc', [' a', '-b', ' c']],
    ['a changed line, removal first', 'a\nb\nc', 'a\nx\nc', [' a', '-b', '+x', ' c']],
    ['everything new', '', 'a\nb', ['+a', '+b']],
    ['everything gone', 'a\nb', '', ['-a', '-b']],
    ['a moved line', 'a\nb\nc', 'b\nc\na', ['-a', ' b', ' c', '+a']],
  ])('finds %s', (_what, before, after, expected) => {
    expect(render(lineDiff(before, after))).toEqual(expected);
  });

  it('numbers lines in both texts', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nb\nc')).toEqual([
      { kind: 'same', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'added', text: 'x', newLine: 2 },
      { kind: 'same', text: 'b', oldLine: 2, newLine: 3 },
      { kind: 'same', text: 'c', oldLine: 3, newLine: 4 },
    ]);
  });

  it('keeps every line of both texts, in order', () => {
    const before = JSON.stringify({ a: 1, b: [1, 2, 3], c: { d: 'x' } }, null, 2);
    const after = JSON.stringify({ a: 2, b: [1, 3], c: { d: 'x', e: true } }, null, 2);
    const diff = lineDiff(before, after);
    expect(
      diff
        .filter((l) => l.kind !== 'added')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(before);
    expect(
      diff
        .filter((l) => l.kind !== 'removed')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(after);
  });

  it('folds long unchanged stretches, keeping context around each change', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 2\n', 'line two\n').replace('line 17', 'line seventeen');
    const hunks = diffHunks(lineDiff(before, after), 2);
    expect(hunks.map((h) => h.skipped)).toEqual([0, 10]);
    expect(render(hunks[0]!.lines)).toEqual([' line 0', ' line 1', '-line 2', '+line two', ' line 3', ' line 4']);
    expect(render(hunks[1]!.lines)).toEqual([' line 15', ' line 16', '-line 17', '+line seventeen', ' line 18', ' line 19']);
  });

  it('has no hunks when nothing changed', () => {
    expect(diffHunks(lineDiff('a\nb', 'a\nb'))).toEqual([]);
  });
});
