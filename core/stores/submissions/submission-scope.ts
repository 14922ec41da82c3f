// A reader's submission scope as SQL: the narrowing every submission list, single read and figure applies, so that an
// enterprise sees only its own records, a cadre only its enterprises', and a working group only what its tasks touch.
// Who has which scope is decided in web/server/access.ts; this is how a scope reads as a query.
import type { Knex } from 'knex';
import type { Db } from '../db-types';
import { visibleTasks, type TaskReader } from '../task-inbox';

/**
 * The submissions a user may read (besides their own): every one (HQ, admins), those of some enterprises (cadres,
 * enterprises), those of their tasks (working-group members: tasks assigned to them or their group, claimed or decided
 * by them, open or done), or only their own (gate officers, who work their site's gate, not its paperwork).
 *
 * Of some enterprises, `gateRecords` says whether the records gate officers file at those enterprises' sites (the gate
 * checks: worker by worker, with health data) are in: they are the site register's, so a cadre's scope keeps them and
 * an enterprise's own does not (it has no need of its workers' readings at the gate).
 */
export type SubmissionScope =
  | { kind: 'all' }
  | { kind: 'enterprises'; ids: number[]; gateRecords: boolean }
  | { kind: 'tasks'; user: TaskReader }
  | { kind: 'own'; userId: number };

/** Ids of the submissions behind a user's tasks, as a subquery. */
export function taskSubmissionIds(db: Db, user: TaskReader): Knex.QueryBuilder {
  return visibleTasks(db, user).whereNotNull('t.submission_id').distinct('t.submission_id');
}

/** Ids of the gate officers, as a subquery: whatever they file is a site register's record. */
function gateOfficerIds(db: Db): Knex.QueryBuilder {
  return db('users').where('role', 'gate').select('id');
}

/** Narrows a query on submissions (alias `s`, or the columns named) to a scope; a user's own always stay in. */
export function scopedSubmissions<T extends Knex.QueryBuilder>(
  db: Db,
  query: T,
  scope: SubmissionScope,
  columns: { id: string; enterprise: string; user?: string } = { id: 's.id', enterprise: 's.enterprise_id', user: 's.user_id' },
): T {
  switch (scope.kind) {
    case 'all':
      return query;
    case 'own':
      return query.where(columns.user ?? 's.user_id', scope.userId) as T;
    case 'enterprises':
      query.whereIn(columns.enterprise, scope.ids);
      if (!scope.gateRecords) query.whereNotIn(columns.user ?? 's.user_id', gateOfficerIds(db));
      return query;
    case 'tasks':
      return query.where((w) => {
        w.whereIn(columns.id, taskSubmissionIds(db, scope.user));
        if (columns.user) w.orWhere(columns.user, scope.user.id);
      }) as T;
  }
}

/** True when submission `id` is in `scope`: one read is narrowed by the very query that narrows the lists, so a
 * record a list leaves out answers 404 when opened, whatever the reason it is out. */
export async function submissionInScope(db: Db, scope: SubmissionScope, id: string): Promise<boolean> {
  if (scope.kind === 'all') return true;
  return Boolean(await scopedSubmissions(db, db('submissions as s').where('s.id', id), scope).first('s.id'));
}
