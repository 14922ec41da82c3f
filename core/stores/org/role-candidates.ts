// Who stands among the candidates of a task offered to a whole role (a candidate role and no working group), as SQL:
// the role's members outside the inspection bodies. Such a task (a commendation's service-class review, a publicity
// objection's review) is the enterprise service class's; an inspection body's members work the tasks offered to
// their own body or to them. actorMayDecide (core/domain/human-task.ts) states the same rule for one actor.
import type { Knex } from 'knex';

/** A user's working group: their id (null: none), or the column that holds it in the query. */
export type GroupOfUser = number | null | { column: string };

/** Narrows `query` to users whose working group (`group`) is not an inspection body; a user without a group stays. */
export function outsideInspectionBodies(query: Knex.QueryBuilder, group: GroupOfUser): Knex.QueryBuilder {
  if (group === null) return query;
  return query.whereNotExists((body: Knex.QueryBuilder) => {
    body.select(1).from('working_groups as ib').where('ib.kind', 'inspection');
    if (typeof group === 'number') body.where('ib.id', group);
    else body.whereRaw('ib.id = ??', [group.column]);
  });
}
