// A case page never says "received" beside "process finished": an ended process reads as settled.
import { describe, expect, it } from 'vitest';
import { caseStatus } from '#web/app/src/pages/case-status';

describe('the status a case page shows', () => {
  it.each([
    ['a collection report whose workflow completed after marking it received', 'received', 'COMPLETED', 'settled'],
    ['a case still being handled', 'received', 'RUNNING', 'received'],
    ['a case when Temporal cannot say', 'received', null, 'received'],
    ['a case whose workflow stopped on an error', 'received', 'FAILED', 'received'],
    ['a rejected case', 'rejected', 'COMPLETED', 'rejected'],
    ['a settled case', 'settled', 'COMPLETED', 'settled'],
  ] as const)('%s', (_, status, workflowStatus, shown) => {
    expect(caseStatus({ status, workflowStatus })).toBe(shown);
  });
});
