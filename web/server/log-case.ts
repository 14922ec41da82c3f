// A request that acts on a case's workflow names the case on its log line (create-app.ts writes req.logContext), so a
// support question about a case number finds the request; a route that holds only the workflow id looks the number up.
import type { Request } from 'express';
import { caseNumberOfWorkflow } from '#core/stores/case-ref-store';
import type { Db } from '#core/stores/db-types';

/** Names the workflow `workflowId` and its submission's case number on the request's log line. */
export async function logCaseOf(db: Db, req: Request, workflowId: string): Promise<void> {
  req.logContext = { workflowId, caseNumber: await caseNumberOfWorkflow(db, workflowId) };
}
