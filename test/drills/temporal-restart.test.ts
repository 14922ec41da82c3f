// The restart drill at test size: 300 timers and three receipts across a restart of a dev server on a file DB.
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleWorkflows } from '#scripts/drills/drill-kit';
import { temporalRestartDrill } from '#scripts/drills/temporal-restart-drill';
import { explain, testContext } from './drill-context';

describe('Temporal dev server restart', () => {
  // The drill's own timer workflow is not in the shared bundle.
  let bundle = '';
  beforeAll(async () => {
    bundle = await bundleWorkflows();
  });

  it('fires every pending timer and settles every receipt once after the restart', async () => {
    const results = await temporalRestartDrill(testContext(bundle), { timers: 300, receipts: 3, downMs: 3_000, holdMs: 10_000 });
    expect(
      results.map((r) => r.pass),
      explain(results),
    ).toEqual(results.map(() => true));
  }, 600_000);
});
