// What the policy needs to know about stored submissions, loaded in a few queries for a whole list: the schema that
// marks their personal fields, whether they are about a worker, the site they were made at, and whether the reader
// works them (assigned cadre, or on one of their tasks).
import type { RJSFSchema } from '@rjsf/utils';
import type { Knex } from 'knex';
import { fromJson } from '../db';
import { applyPolicy, type Purpose, type Reader, type RecordFacts } from './personal-data-policy';

/** The columns of a submission the policy looks at. */
export interface SubmissionRef {
  id: string;
  formKey: string;
  formVersion: number;
  enterpriseId: number | null;
  userId: number | null;
}

/** The schema marking a submission's personal fields, and the facts about it for one reader. */
export interface SubmissionPrivacy {
  schema: RJSFSchema;
  facts: RecordFacts;
}

// A field is personal when the submission's own version or the form's newest version marks it, so marking a field in
// a new version also protects what was filed before.
async function schemasOf(db: Knex, refs: SubmissionRef[]) {
  const keys = [...new Set(refs.map((r) => r.formKey))];
  const rows = keys.length
    ? await db('form_definitions').whereIn('key', keys).whereNot('status', 'draft').select('key', 'version', 'schema', 'process')
    : [];
  const byVersion = new Map(rows.map((row) => [`${row.key}@${row.version}`, row]));
  const newest = new Map<string, Record<string, unknown>>();
  for (const row of rows) if (Number(row.version) > Number(newest.get(row.key)?.version ?? 0)) newest.set(row.key, row);
  return (ref: SubmissionRef) => {
    const own = byVersion.get(`${ref.formKey}@${ref.formVersion}`) ?? newest.get(ref.formKey);
    const latest = newest.get(ref.formKey);
    const schemas = [own, latest].filter(Boolean).map((row) => fromJson<RJSFSchema>(row!.schema));
    const processType = own ? fromJson<{ processType?: string }>(own.process).processType : undefined;
    return { schema: { allOf: schemas } as RJSFSchema, worker: processType === 'monitoring' };
  };
}

async function handledIds(db: Knex, reader: Reader, refs: SubmissionRef[]): Promise<Set<string>> {
  if (reader.userId === null || reader.role === 'public' || !refs.length) return new Set();
  const ids = refs.map((r) => r.id);
  const rows = await db('tasks')
    .whereIn('submission_id', ids)
    .where((w) => {
      w.where('assignee_user_id', reader.userId)
        .orWhere('claimed_by', reader.userId)
        .orWhere('decided_by', reader.userId)
        .orWhere((c) =>
          c
            .where('candidate_role', reader.role)
            .andWhere((g) => g.whereNull('candidate_group_id').orWhere('candidate_group_id', reader.workingGroupId ?? -1)),
        );
    })
    .distinct('submission_id');
  const handled = new Set(rows.map((row) => String(row.submission_id)));
  if (reader.role === 'cadre') {
    const assigned = new Set(
      (await db('cadre_assignments').where({ cadre_id: reader.userId }).whereNull('ended_at').pluck('enterprise_id')).map(Number),
    );
    for (const ref of refs) if (ref.enterpriseId !== null && assigned.has(ref.enterpriseId)) handled.add(ref.id);
  }
  return handled;
}

/** The schema and facts of each submission for `reader`, by submission id. */
export async function submissionPrivacy(db: Knex, reader: Reader, refs: SubmissionRef[]): Promise<Map<string, SubmissionPrivacy>> {
  const schemaOf = await schemasOf(db, refs);
  const handled = await handledIds(db, reader, refs);
  const ids = refs.map((r) => r.id);
  const sites = new Map<string, number>(
    ids.length
      ? (await db('gate_checks').whereIn('id', ids).select('id', 'project_id')).map((row) => [String(row.id), Number(row.project_id)])
      : [],
  );
  return new Map(
    refs.map((ref) => {
      const { schema, worker } = schemaOf(ref);
      const facts: RecordFacts = {
        subject: worker ? 'worker' : 'enterprise',
        enterpriseId: ref.enterpriseId,
        submitterId: ref.userId,
        siteProjectId: sites.get(ref.id) ?? null,
        handler: handled.has(ref.id),
      };
      return [ref.id, { schema, facts }];
    }),
  );
}

/** The submissions with their `data` as `reader` may see it for `purpose`. */
export async function maskSubmissions<T extends SubmissionRef & { data: Record<string, unknown> }>(
  db: Knex,
  reader: Reader,
  submissions: T[],
  purpose: Purpose,
): Promise<T[]> {
  const privacy = await submissionPrivacy(db, reader, submissions);
  return submissions.map((submission) => {
    const { schema, facts } = privacy.get(submission.id)!;
    return { ...submission, data: applyPolicy(schema, submission.data, reader, facts, purpose) };
  });
}
