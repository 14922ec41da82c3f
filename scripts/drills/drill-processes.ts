// Processes the drills start in bulk, straight through the Temporal client: submission rows first (the workflows'
// projections update them), then one workflow per row, as submitForm would start it.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { processWorkflowId, type ProcessStartInput } from '#core/domain/process-start';
import type { ReceiptParams } from '#workflows/receipt-workflow';
import { inParallel } from './drill-kit';

/** Options of startProcesses. */
export interface BulkStart<P> {
  count: number;
  workflowType: string;
  taskQueue: string;
  formKey: string;
  params: P;
  /** Submitter email for workflow i (null: no mail). */
  email?: (i: number) => string | null;
  /** Form data of workflow i (default: a materials difficulty). */
  data?: (i: number) => Record<string, unknown>;
  /** Who submits (default ent01); their enterprise, or the enterprise of the site they guard, owns the rows. */
  submitter?: string;
  onProgress?: (started: number) => void;
}

/** Inserts `count` submission rows (ent01's unless another submitter is named) and starts one workflow each; returns the submission ids. */
export async function startProcesses<P>(db: Knex, client: Client, options: BulkStart<P>): Promise<string[]> {
  const ent = await db('users as u')
    .leftJoin('projects as p', 'p.id', 'u.project_id')
    .where('u.username', options.submitter ?? 'ent01')
    .first('u.id', db.raw('coalesce(u.enterprise_id, p.enterprise_id) as enterprise_id'), 'u.display_name');
  const at = new Date().toISOString();
  const ids = Array.from({ length: options.count }, () => randomUUID());
  for (let i = 0; i < ids.length; i += 200) {
    const rows = ids.slice(i, i + 200).map((id) => ({
      id,
      form_key: options.formKey,
      form_version: 1,
      enterprise_id: ent.enterprise_id,
      user_id: ent.id,
      data: '{}',
      status: 'submitted',
      workflow_id: processWorkflowId(id),
      created_at: at,
      updated_at: at,
    }));
    await db('submissions').insert(rows);
  }
  let started = 0;
  await inParallel(ids.length, 32, async (i) => {
    const input: ProcessStartInput<P> = {
      submissionId: ids[i]!,
      formKey: options.formKey,
      formVersion: 1,
      formTitle: { 'zh-CN': '演练', en: 'Drill' },
      enterpriseId: ent.enterprise_id,
      submitter: { userId: ent.id, name: ent.display_name, email: options.email?.(i) ?? null, locale: 'zh-CN' },
      data: options.data?.(i) ?? { category: 'materials' },
      params: options.params,
    };
    await client.workflow.start(options.workflowType, {
      taskQueue: options.taskQueue,
      workflowId: processWorkflowId(ids[i]!),
      args: [input],
    });
    started += 1;
    if (started % 1000 === 0) options.onProgress?.(started);
  });
  return ids;
}

/** Receipt params: acknowledge, hold for `settleAfter`, settle. */
export function receiptParams(settleAfter: string): ReceiptParams {
  return { settleAfter, receiptTemplate: 'submission-received', settledTemplate: 'submission-settled' };
}
