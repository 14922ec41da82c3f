// The effect of a final approval of the resumption-readiness inspection (P2; seed 003 "达到要求才能复工"): the
// enterprise's projects are cleared to resume, with the date, the approving inspection body and the case. Idempotent: a
// project already cleared keeps its first clearance, so a retry after a lost reply changes nothing. Audited per project.
import type { Knex } from 'knex';
import { recordAudit } from '#core/stores/audit-store';

/** Input of clearToResume; `bodyKey` names the inspection body whose approval clears (null: none named). */
export interface ClearToResumeInput {
  submissionId: string;
  enterpriseId: number;
  bodyKey: string | null;
  approverId: number | null;
}

/** What clearToResume did: the projects it cleared now, when, and by which body. */
export interface Clearance {
  projectIds: number[];
  clearedAt: string;
  body: { id: number; name: { 'zh-CN': string; en: string } } | null;
}

/** Builds the clearance activities over a DB connection. */
export function createClearanceActivities(deps: { db: Knex; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Clears every project of the enterprise not cleared yet, in one transaction with its audit rows. */
    async clearToResume(input: ClearToResumeInput): Promise<Clearance> {
      const clearedAt = now().toISOString();
      return deps.db.transaction(async (trx) => {
        const body = input.bodyKey
          ? await trx('working_groups').where({ key: input.bodyKey }).first('id', 'name_zh', 'name_en')
          : undefined;
        const again = await trx('projects').where({ cleared_submission_id: input.submissionId }).pluck('id');
        if (again.length) {
          const first = await trx('projects').where({ id: again[0] }).first('cleared_at');
          return { projectIds: again.map(Number), clearedAt: first.cleared_at, body: body ? bodyOf(body) : null };
        }
        const ids = (
          await trx('projects').where({ enterprise_id: input.enterpriseId }).whereNull('cleared_at').orderBy('id').pluck('id')
        ).map(Number);
        if (ids.length)
          await trx('projects')
            .whereIn('id', ids)
            .update({
              cleared_at: clearedAt,
              cleared_by_group_id: body ? Number(body.id) : null,
              cleared_by_user_id: input.approverId,
              cleared_submission_id: input.submissionId,
            });
        for (const id of ids)
          await recordAudit(
            trx,
            {
              actorId: input.approverId,
              actorRole: null,
              action: 'project.cleared-to-resume',
              targetType: 'project',
              targetId: String(id),
              summary: { enterpriseId: input.enterpriseId, submissionId: input.submissionId, body: input.bodyKey, clearedAt },
              requestId: null,
            },
            new Date(clearedAt),
          );
        return { projectIds: ids, clearedAt, body: body ? bodyOf(body) : null };
      });
    },
  };
}

function bodyOf(row: { id: number; name_zh: string; name_en: string }): Clearance['body'] {
  return { id: Number(row.id), name: { 'zh-CN': row.name_zh, en: row.name_en } };
}
