// Difficulty reports (P4) as rows the difficulty figures aggregate: one per submission of the shipped form in the
// period and scope, with its category, whether it is open, whether an SLA ran out on it, its rung and its outcome.
import type { Db, Knex } from '../../db-types';
import type { LocalizedText } from '#core/domain/locale';
import { OUTCOME_NAMES as GLOSSARY_OUTCOMES, RUNG_NAMES as GLOSSARY_RUNGS, STATUS_NAMES as GLOSSARY_STATUSES } from '#core/domain/glossary';
import { FINAL_SUBMISSION_STATUSES } from '#core/domain/submission-status';
import { text, type FigureRange, type FigureScope } from '#core/dashboard/figure-group';
import { instantRange, localDay } from '../figure-sql';

/** The shipped difficulty-report form (forms/definitions/difficulty-report.json). */
export const DIFFICULTY_FORM = 'difficulty-report';

/** Submissions of the difficulty form reported in the period, within the scope (alias `s`). */
export function reportedDifficulties(db: Db, scope: FigureScope, range: FigureRange): Knex.QueryBuilder {
  const { start, end } = instantRange(range);
  const query = db('submissions as s')
    .where('s.form_key', DIFFICULTY_FORM)
    .where('s.created_at', '>=', start)
    .where('s.created_at', '<', end);
  return scope === 'all' ? query : query.whereIn('s.enterprise_id', scope);
}

/** Reports on which an SLA ran out: a `ladder.sla-breached` timeline line, or a task closed as escalated/expired. */
export function breachedIds(db: Db): Knex.QueryBuilder {
  return db('submission_events')
    .where('kind', 'ladder.sla-breached')
    .select('submission_id')
    .union((q) => {
      q.from('tasks').whereIn('status', ['escalated', 'expired']).whereNotNull('submission_id').select('submission_id');
    });
}

/** Statuses in which a report waits on the enterprise, not on a rung: its rung's task is closed, and the case comes back
 * to a rung only if the enterprise reopens it or answers. Keyed so in the figures (and the roll-ups, migration 0056). */
export const WAITING_ON_ENTERPRISE = { resolved: 'enterprise-confirm', returned: 'enterprise-info' } as const;

/** Statuses whose result names the way the case was resolved: settled, and resolved awaiting the enterprise's word. */
const RESOLVED = ['settled', 'resolved'];

/** Where a report stands, as `rung`: with the enterprise (WAITING_ON_ENTERPRISE) or at `rungSql` (its newest task's step). */
function standing(db: Db, rungSql: string): Knex.Raw {
  const waiting = Object.entries(WAITING_ON_ENTERPRISE);
  return db.raw(`case ${waiting.map(() => 'when s.status = ? then ?').join(' ')} else ${rungSql} end as rung`, waiting.flat());
}

/** Per report: id, enterprise, day, status, category, open (1/0), breached (1/0), rung (where it stands), outcome. */
export function difficultyRows(
  db: Db,
  scope: FigureScope,
  range: FigureRange,
  options: { rung?: boolean; openOnly?: boolean; breached?: boolean } = {},
): Knex.QueryBuilder {
  const final = [...FINAL_SUBMISSION_STATUSES];
  const base = reportedDifficulties(db, scope, range);
  if (options.openOnly) base.whereNotIn('s.status', final);
  const query = base.select(
    's.id',
    's.enterprise_id',
    's.created_at',
    's.status',
    db.raw('? as day', [localDay(db, 's.created_at', range)]),
    // Category and outcome are columns written with the report and its result (migration 0012), read from an index.
    's.category',
    db.raw(`case when s.status in (${final.map(() => '?').join(', ')}) then 0 else 1 end as open`, final),
    db.raw(`case when s.status in (${RESOLVED.map(() => '?').join(', ')}) then s.outcome end as outcome`, RESOLVED),
  );
  // City-wide, the marks the roll-up triggers keep on each report (migration 0018); within a scope, worked out here.
  if (scope === 'all') {
    if (options.breached !== false) query.select('s.breached');
    if (options.rung) query.select(standing(db, 's.rung'));
    return query;
  }
  if (options.breached !== false) query.select(db.raw('case when s.id in (?) then 1 else 0 end as breached', [breachedIds(db)]));
  // The rung costs a lookup per report (a ladder's tasks are sequential, so the newest is the current one; ties by
  // task id, as the triggers break them): only the queries that show it ask for it.
  if (options.rung)
    query.select(
      standing(db, '(select rt.step from tasks rt where rt.submission_id = s.id order by rt.created_at desc, rt.id desc limit 1)'),
    );
  return query;
}

// Rungs, statuses and outcomes are named by the glossary, as on every other page.
/** The rungs of the shipped ladder, "not yet with anyone" for a report whose first task is not written yet, and the
 * enterprise when the case waits on it. */
export const RUNG_NAMES: Record<string, LocalizedText> = {
  ...GLOSSARY_RUNGS,
  [WAITING_ON_ENTERPRISE.resolved]: text('待企业确认', 'Awaiting the enterprise’s confirmation'),
  [WAITING_ON_ENTERPRISE.returned]: text('待企业补充', 'Awaiting the enterprise’s information'),
};

/** Submission statuses as the records table words them. */
export const STATUS_NAMES: Record<string, LocalizedText> = GLOSSARY_STATUSES;

/** How a settled or resolved report was solved (the completion form's `outcome`). */
export const OUTCOME_NAMES: Record<string, LocalizedText> = GLOSSARY_OUTCOMES;

/** Category names from the admin-editable table, in its order; unknown keys keep their key. */
export async function categoryNames(db: Db): Promise<{ order: string[]; names: Map<string, LocalizedText> }> {
  const rows = await db('difficulty_categories').orderBy('sort').orderBy('key').select('key', 'name_zh', 'name_en');
  return {
    order: rows.map((row) => String(row.key)),
    names: new Map(rows.map((row) => [String(row.key), text(row.name_zh, row.name_en)])),
  };
}
