import { describe, expect, it } from 'vitest';
import { nestedDeeperThan } from '#web/server/json-depth';

describe('nestedDeeperThan', () => {
  it('counts objects and arrays as levels, scalars not', () => {
    expect(nestedDeeperThan('text', 0)).toBe(false);
    expect(nestedDeeperThan({ a: 1 }, 1)).toBe(false);
    expect(nestedDeeperThan({ a: { b: 1 } }, 1)).toBe(true);
    expect(nestedDeeperThan([[[]]], 3)).toBe(false);
    expect(nestedDeeperThan([[[[]]]], 3)).toBe(true);
  });

  it('walks 100,000 levels without overflowing its own stack', () => {
    let deep: unknown = null;
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(nestedDeeperThan(deep, 32)).toBe(true);
  });
});
