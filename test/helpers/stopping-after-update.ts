// A web process that stops right after a workflow took an Update, before anything the route does after it: each update
// sent through `workflow` while `request` runs reaches the workflow, then fails as a stopped process would.
import type { WorkflowClient } from '@temporalio/client';
import { vi } from 'vitest';

/** Runs `request` with every update sent through `workflow` taken by the workflow and then failing. */
export async function stoppingAfterUpdate<T>(workflow: WorkflowClient, request: () => Promise<T>): Promise<T> {
  const handleOf = workflow.getHandle.bind(workflow);
  const stopping = vi.spyOn(workflow, 'getHandle').mockImplementation((...args) => {
    const handle = handleOf(...args);
    const execute = handle.executeUpdate.bind(handle);
    handle.executeUpdate = (async (...update: Parameters<typeof execute>) => {
      await execute(...update);
      throw new Error('the process stopped here');
    }) as typeof execute;
    return handle;
  });
  try {
    return await request();
  } finally {
    stopping.mockRestore();
  }
}
