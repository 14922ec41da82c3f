// The hostile-input drill at test size: 2,000 fast-check cases over every API route and shipped form.
import { describe, expect, it } from 'vitest';
import { hostileInputDrill } from '#scripts/drills/hostile-input-drill';
import { explain, testContext } from './drill-context';

describe('hostile input', () => {
  it('answers every hostile request below 500, refuses with a clear message, and keeps hostile text out of email HTML', async () => {
    const results = await hostileInputDrill(testContext(), { cases: 2_000 });
    expect(
      results.map((r) => r.pass),
      `${explain(results)}\n${JSON.stringify(results.failures?.slice(0, 5), null, 1)}`,
    ).toEqual(results.map(() => true));
  }, 600_000);
});
