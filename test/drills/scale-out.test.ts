// The scale-out drill at test size: two web and two worker processes on a fresh PostgreSQL database (only when
// TEST_DATABASE_URL names a server), one of each killed with SIGKILL half-way through the load.
import { describe, expect, it } from 'vitest';
import { scaleOutDrill } from '#scripts/drills/scale-out-drill';
import { explain, testContext } from './drill-context';

const pgUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!pgUrl)('scale-out', () => {
  it('keeps accepting submissions after a web and a worker die, and leaves each accepted one a row, a workflow, a task and an email once', async () => {
    const results = await scaleOutDrill(testContext(), { seconds: 8, concurrency: 6, pgUrl: pgUrl! });
    expect(
      results.map((r) => r.pass),
      explain(results),
    ).toEqual([true, true]);
    const [load, records] = results;
    const [, before, after] = /submissions accepted: (\d+) before .*, (\d+) after/.exec(load!.notes![0]!) ?? [];
    expect(Number(before), load!.notes![0]).toBeGreaterThan(0);
    expect(Number(after), load!.notes![0]).toBeGreaterThan(0);
    expect(records!.measured).toMatch(new RegExp(`^${Number(before) + Number(after)} accepted submissions`));
    expect(records!.notes).toEqual(
      ['rows', 'workflows', 'tasks', 'emails'].map((name) => expect.stringMatching(`^${name}: (\\d+)/\\1 present, 0 extra$`)),
    );
  }, 900_000);
});
