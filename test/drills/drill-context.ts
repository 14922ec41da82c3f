// The drills' context inside vitest: the shared dev server and workflow bundle from globalSetup, no progress lines.
import { inject } from 'vitest';
import type { DrillContext } from '#scripts/drills/drill-kit';
import { summaryTable, type DrillResult } from '#scripts/drills/drill-result';

/** A DrillContext on the test run's dev server. */
export function testContext(workflowBundlePath = inject('workflowBundlePath')): DrillContext {
  return { temporalAddress: inject('temporalAddress'), workflowBundlePath, log: () => undefined };
}

/** The failing rows with their notes, for an assertion message. */
export function explain(results: DrillResult[]): string {
  const failing = results.filter((r) => !r.pass);
  return `${summaryTable(results)}\n${failing.flatMap((r) => r.notes ?? []).join('\n')}`;
}
