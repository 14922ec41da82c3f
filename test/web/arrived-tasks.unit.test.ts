// The inbox list reads itself again while open; a re-read of the same list that shows tasks it did not show before is
// news ("2 new"), while a first read, another filter or another page is not.
import { describe, expect, it } from 'vitest';
import { arrivedCount, listRead } from '#web/app/src/pages/inbox/arrived-tasks';

const rows = (...ids: string[]) => ids.map((id) => ({ id }));

describe('tasks arrived in the inbox list', () => {
  it.each([
    ['a first read', null, listRead('box=mine', rows('a', 'b')), 0],
    ['the same tasks read again', listRead('box=mine', rows('a', 'b')), listRead('box=mine', rows('b', 'a')), 0],
    ['one task more', listRead('box=mine', rows('a')), listRead('box=mine', rows('new', 'a')), 1],
    ['one closed, two new', listRead('box=mine', rows('a', 'b')), listRead('box=mine', rows('b', 'x', 'y')), 2],
    ['another filter', listRead('box=mine', rows('a')), listRead('box=groups', rows('x', 'y')), 0],
    ['another page', listRead('box=mine&offset=0', rows('a')), listRead('box=mine&offset=50', rows('x')), 0],
  ] as const)('counts %s', (_case, previous, next, count) => {
    expect(arrivedCount(previous, next)).toBe(count);
  });
});
