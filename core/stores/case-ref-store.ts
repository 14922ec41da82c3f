// The cases behind workflow runs: a workflow id names a submission's process (core/domain/process-start.ts), and the
// submission row has the case number, form title and enterprise people know it by (the stuck list names runs so).
import { fromJson } from '../db';
import type { LocalizedText } from '../domain/locale';
import type { Db } from './db-types';

/** The case a workflow run belongs to, as people know it. */
export interface CaseRef {
  submissionId: string;
  caseNumber: string | null;
  formTitle: LocalizedText;
  enterpriseName: string | null;
}

interface CaseRow {
  id: string;
  workflow_id: string;
  case_number: string | null;
  form_title: string;
  enterprise_name: string | null;
}

const AT_ONCE = 500;

/** The cases of `workflowIds`, by workflow id; ids that are not a submission's process are left out. */
export async function casesOfWorkflows(db: Db, workflowIds: readonly string[]): Promise<Map<string, CaseRef>> {
  const cases = new Map<string, CaseRef>();
  const unique = [...new Set(workflowIds)];
  for (let i = 0; i < unique.length; i += AT_ONCE) {
    const rows: CaseRow[] = await db('submissions as s')
      .join('form_definitions as f', function joinForm() {
        this.on('f.key', 's.form_key').andOn('f.version', 's.form_version');
      })
      .leftJoin('enterprises as e', 'e.id', 's.enterprise_id')
      .whereIn('s.workflow_id', unique.slice(i, i + AT_ONCE))
      .select('s.id', 's.workflow_id', 's.case_number', 'f.title as form_title', 'e.name as enterprise_name');
    for (const row of rows)
      cases.set(row.workflow_id, {
        submissionId: row.id,
        caseNumber: row.case_number ?? null,
        formTitle: fromJson<LocalizedText>(row.form_title),
        enterpriseName: row.enterprise_name ?? null,
      });
  }
  return cases;
}

/** The case number of the submission whose process is `workflowId` (null when it has none, or none is stored). */
export async function caseNumberOfWorkflow(db: Db, workflowId: string): Promise<string | null> {
  const row: { case_number: string | null } | undefined = await db('submissions').where({ workflow_id: workflowId }).first('case_number');
  return row?.case_number ?? null;
}
