// The rows of a form's CSV export (web/server/forms/export-submissions.ts): every submission of the form, any version,
// oldest first, with the enterprise's name and the submitter's name and username beside the submission's own columns.
import { fromJson } from '../../db';
import type { Db } from '../db-types';

/** One submission as the export reads it. */
export interface ExportRow {
  id: string;
  caseNumber: string | null;
  formKey: string;
  formVersion: number;
  enterpriseId: number | null;
  enterpriseName: string | null;
  userId: number;
  username: string;
  /** The submitter's name as people know them (the users page's 姓名), not the sign-in name. */
  displayName: string;
  status: string;
  data: Record<string, unknown>;
  /** What its process wrote (a gate check's outcome, a report's punctuality), for its status in its process's words. */
  result: Record<string, unknown> | null;
  createdAt: string;
}

/** Every submission of form `key`, oldest first. */
export async function exportRows(db: Db, key: string): Promise<ExportRow[]> {
  const rows = await db('submissions as s')
    .leftJoin('enterprises as e', 'e.id', 's.enterprise_id')
    .join('users as u', 'u.id', 's.user_id')
    .where('s.form_key', key)
    .orderBy('s.created_at')
    .select('s.*', 'e.name as enterprise_name', 'u.username', 'u.display_name');
  return rows.map((row) => ({
    id: String(row.id),
    caseNumber: (row.case_number as string | null) ?? null,
    formKey: String(row.form_key),
    formVersion: Number(row.form_version),
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    enterpriseName: (row.enterprise_name as string | null) ?? null,
    userId: Number(row.user_id),
    username: String(row.username),
    displayName: String(row.display_name ?? row.username),
    status: String(row.status),
    data: fromJson<Record<string, unknown>>(row.data),
    result: row.result == null ? null : fromJson<Record<string, unknown>>(row.result),
    createdAt: String(row.created_at),
  }));
}
