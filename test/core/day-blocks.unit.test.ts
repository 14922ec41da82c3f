// A period of days read from the block roll-ups (core/dashboard/day-blocks.ts) must be covered exactly — every day
// once, no day outside — by aligned blocks, at most two per level; and a local-day period split into whole UTC days
// and edge hours must cover its hours exactly.
import { describe, expect, it } from 'vitest';
import { dayBlocks, dayNumber, splitPeriod } from '#core/stores/dashboard/day-blocks';
import { addDays } from '#core/domain/working-calendar';

/** The day numbers a list of blocks covers, in order. */
const covered = (blocks: { level: number; block: number }[]) =>
  blocks.flatMap(({ level, block }) => Array.from({ length: 2 ** level }, (_, k) => block * 2 ** level + k));

describe('day blocks', () => {
  it('cover every period of 1 to 366 days exactly, with at most two aligned blocks per level', () => {
    for (let length = 1; length <= 366; length += 1) {
      const from = addDays('2026-01-01', (length * 37) % 400);
      const to = addDays(from, length - 1);
      const blocks = dayBlocks(from, to);
      expect(covered(blocks)).toEqual(Array.from({ length }, (_, k) => dayNumber(from) + k));
      for (let level = 0; level <= 8; level += 1) expect(blocks.filter((b) => b.level === level).length).toBeLessThanOrEqual(2);
    }
  });

  it('split a period of local days into whole UTC days and the hours at its edges', () => {
    // Asia/Shanghai: 1 to 3 February local is 31 January 16:00 to 3 February 16:00 UTC.
    const { blocks, edges } = splitPeriod('2026-01-31T16:00:00.000Z', '2026-02-03T16:00:00.000Z');
    expect(covered(blocks)).toEqual([dayNumber('2026-02-01'), dayNumber('2026-02-02')]);
    expect(edges).toEqual([
      { from: '2026-01-31T16', to: '2026-02-01T00' },
      { from: '2026-02-03T00', to: '2026-02-03T16' },
    ]);
    // One local day holds no whole UTC day: all of it is edge hours.
    expect(splitPeriod('2026-01-31T16:00:00.000Z', '2026-02-01T16:00:00.000Z')).toEqual({
      blocks: [],
      edges: [{ from: '2026-01-31T16', to: '2026-02-01T16' }],
    });
    // A zone at UTC: whole days only.
    expect(splitPeriod('2026-02-01T00:00:00.000Z', '2026-02-03T00:00:00.000Z').edges).toEqual([]);
  });
});
