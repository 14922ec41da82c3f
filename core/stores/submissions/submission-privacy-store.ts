// What the personal-data policy reads about stored submissions (core/privacy/submission-facts.ts), a whole list at a
// time: their owning columns, the released schemas of their forms, who works them through a task, and the gate site
// a gate check was made at.
import type { RJSFSchema } from '@rjsf/utils';
import { recordsAboutPerson } from '../../domain/monitoring-params';
import { fromJson } from '../../db';
import type { Db } from '../db-types';
import { outsideInspectionBodies } from '../org/role-candidates';

/** The columns of a submission the policy looks at. */
export interface SubmissionOwnerRow {
  id: string;
  formKey: string;
  formVersion: number;
  enterpriseId: number | null;
  userId: number | null;
}

const OWNER_COLUMNS = ['id', 'form_key', 'form_version', 'enterprise_id', 'user_id'];

function toOwnerRow(row: Record<string, unknown>): SubmissionOwnerRow {
  return {
    id: String(row.id),
    formKey: String(row.form_key),
    formVersion: Number(row.form_version),
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    userId: row.user_id == null ? null : Number(row.user_id),
  };
}

/** The owning columns of the submissions among `ids` that exist. */
export async function submissionOwners(db: Db, ids: string[]): Promise<SubmissionOwnerRow[]> {
  return (await db('submissions').whereIn('id', ids).select(OWNER_COLUMNS)).map(toOwnerRow);
}

/** The owning columns of one submission, or undefined. */
export async function submissionOwner(db: Db, id: string): Promise<SubmissionOwnerRow | undefined> {
  const row = await db('submissions').where({ id }).first(OWNER_COLUMNS);
  return row ? toOwnerRow(row) : undefined;
}

/** A submission as a list line is written from: its owning columns and data (which the policy masks), and its
 * status and result (where it stands, in its process's words: forms/present/case-words.ts). */
export type SubmissionCase = SubmissionOwnerRow & { data: Record<string, unknown>; status: string; result: Record<string, unknown> | null };

/** The owning columns, data, status and result of the submissions among `ids` that exist. */
export async function submissionCases(db: Db, ids: string[]): Promise<SubmissionCase[]> {
  const rows = await db('submissions')
    .whereIn('id', ids)
    .select([...OWNER_COLUMNS, 'data', 'status', 'result']);
  return rows.map((row) => ({
    ...toOwnerRow(row),
    data: fromJson<Record<string, unknown>>(row.data),
    status: String(row.status),
    result: row.result == null ? null : fromJson<Record<string, unknown>>(row.result),
  }));
}

/** A released (published or retired) version of a form: its schema, its process type and whether its records are
 * about a person someone else checks (recordsAboutPerson). */
export interface ReleasedSchema {
  key: string;
  version: number;
  schema: RJSFSchema;
  processType: string | undefined;
  aboutPerson: boolean;
}

/** Every released version of the forms `keys`. */
export async function releasedSchemas(db: Db, keys: string[]): Promise<ReleasedSchema[]> {
  const rows = await db('form_definitions').whereIn('key', keys).whereNot('status', 'draft').select('key', 'version', 'schema', 'process');
  return rows.map((row) => {
    const process = fromJson<{ processType?: string; params?: unknown }>(row.process);
    return {
      key: String(row.key),
      version: Number(row.version),
      schema: fromJson<RJSFSchema>(row.schema),
      processType: process.processType,
      aboutPerson: recordsAboutPerson(process.processType, process.params),
    };
  });
}

/** Who reads, as far as tasks tell whether they work a submission. */
export interface TaskHandler {
  userId: number;
  role: string;
  workingGroupId: number | null;
}

/** Which of the submissions `ids` have a task the reader is or was assigned, claimed, decided, or may claim (a whole
 * role's task not when the reader is an inspection body's member: org/role-candidates.ts). */
export async function handledSubmissionIds(db: Db, reader: TaskHandler, ids: string[]): Promise<string[]> {
  const rows = await db('tasks')
    .whereIn('submission_id', ids)
    .where((w) => {
      w.where('assignee_user_id', reader.userId)
        .orWhere('claimed_by', reader.userId)
        .orWhere('decided_by', reader.userId)
        .orWhere((c) => {
          c.where('candidate_role', reader.role).andWhere((g) => {
            g.where((whole) => {
              outsideInspectionBodies(whole.whereNull('candidate_group_id'), reader.workingGroupId);
            }).orWhere('candidate_group_id', reader.workingGroupId ?? -1);
          });
        });
    })
    .distinct('submission_id');
  return rows.map((row) => String(row.submission_id));
}

/** The site (project) of each gate check among `ids`, by id; other records have none. */
export async function gateCheckSites(db: Db, ids: string[]): Promise<Map<string, number>> {
  const rows = await db('gate_checks').whereIn('id', ids).select('id', 'project_id');
  return new Map(rows.map((row) => [String(row.id), Number(row.project_id)]));
}
