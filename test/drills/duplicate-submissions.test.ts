// The duplicates drill at test size: 25 submission ids sent four times each, all at once.
import { describe, expect, it } from 'vitest';
import { duplicateSubmissionsDrill } from '#scripts/drills/duplicate-submissions-drill';
import { explain, testContext } from './drill-context';

describe('duplicate submissions under load', () => {
  it('keeps exactly one row, timeline line, audit line, workflow and first task per submission id', async () => {
    const [result] = await duplicateSubmissionsDrill(testContext(), { ids: 25, copies: 4 });
    expect(result!.pass, explain([result!])).toBe(true);
  }, 600_000);
});
