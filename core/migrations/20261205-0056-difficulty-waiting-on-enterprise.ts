// The difficulty roll-ups (0018) counted a report at its newest task's rung while it waited on the enterprise: a case
// resolved and awaiting the enterprise's confirmation, or returned for more information, showed as open at the rung
// whose task had closed, though nobody there had anything to do. And a resolution's way (solved on site, coordinated)
// counted only once the enterprise confirmed, and was never recorded for a resolution awaiting confirmation (its
// result carries the decision's fields at the top, not under `data`). From here the roll-up keys such a report by whom
// it waits on — `enterprise-confirm` (resolved) or `enterprise-info` (returned) — and counts the way of a resolved
// report as of a settled one, as core/stores/dashboard/figures/difficulty-rows.ts does for a scope. The reports already
// waiting are moved in the roll-ups, and the way of resolutions awaiting confirmation filled in. Never edit once merged.
import type { Knex } from 'knex';

const FORM = 'difficulty-report';
/** Submission statuses after which a report is no longer open (as of 0018). */
const FINAL = ['settled', 'failed', 'closed', 'rejected', 'expired', 'cancelled'];
const COUNTS = ['reported', 'open', 'settled', 'solved', 'coordinated', 'breached'] as const;
/** The statuses whose contribution this migration changes. */
const WAITING = ['resolved', 'returned'];

const isPg = (db: Knex) => db.client.config.client === 'pg';
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/** How a report counts: as 0018 counted it, or by whom it waits on. */
type Keying = 'rung' | 'waiting';

/** One report's contribution to its hour's row, as SQL over `row` (NEW, OLD or an alias), times `sign`. */
function contribution(row: string, sign: 1 | -1, keying: Keying): string[] {
  const flag = (condition: string) => `${sign} * (case when ${condition} then 1 else 0 end)`;
  const rung =
    keying === 'rung'
      ? `coalesce(${row}.rung, '')`
      : `(case when ${row}.status = 'resolved' then 'enterprise-confirm' when ${row}.status = 'returned' then 'enterprise-info' ` +
        `else coalesce(${row}.rung, '') end)`;
  const resolved = keying === 'rung' ? `${row}.status = 'settled'` : `${row}.status in ('settled', 'resolved')`;
  return [
    `substr(${row}.created_at, 1, 13)`,
    `coalesce(${row}.category, '')`,
    rung,
    `${sign}`,
    flag(`${row}.status not in (${list(FINAL)})`),
    flag(`${row}.status = 'settled'`),
    flag(`${resolved} and ${row}.outcome = 'solved-on-site'`),
    flag(`${resolved} and ${row}.outcome = 'coordinated'`),
    flag(`${row}.breached = 1`),
  ];
}

const SETS = COUNTS.map((c) => `${c} = difficulty_hours.${c} + excluded.${c}`).join(', ');

function upsertHour(row: string, sign: 1 | -1, where: string, keying: Keying): string {
  return (
    `insert into difficulty_hours (hour, category, rung, ${COUNTS.join(', ')}) select ${contribution(row, sign, keying).join(', ')} ` +
    `where ${where} on conflict (hour, category, rung) do update set ${SETS}`
  );
}

/** Adds (or, with -1, takes away) the waiting reports' contributions as `keying` counts them. */
async function shiftWaiting(db: Knex, sign: 1 | -1, keying: Keying): Promise<void> {
  const columns = contribution('s', sign, keying);
  await db.raw(
    `insert into difficulty_hours (hour, category, rung, ${COUNTS.join(', ')}) ` +
      `select ${columns.slice(0, 3).join(', ')}, ${columns
        .slice(3)
        .map((c) => `sum(${c})`)
        .join(', ')} from submissions s where s.form_key = '${FORM}' and s.status in (${list(WAITING)}) group by 1, 2, 3 ` +
      `on conflict (hour, category, rung) do update set ${SETS}`,
  );
}

/** The submissions triggers that keep difficulty_hours (0018's, with the contribution as `keying` counts it). */
async function keepRollUp(db: Knex, keying: Keying): Promise<void> {
  if (isPg(db)) {
    const body =
      `if tg_op in ('UPDATE', 'DELETE') then ${upsertHour('old', -1, `old.form_key = '${FORM}'`, keying)}; end if; ` +
      `if tg_op in ('INSERT', 'UPDATE') then ${upsertHour('new', 1, `new.form_key = '${FORM}'`, keying)}; end if;`;
    await db.raw(`create or replace function difficulty_rollup() returns trigger language plpgsql as $$ begin ${body} return null; end $$`);
    return;
  }
  for (const op of ['insert', 'update', 'delete']) await db.raw(`drop trigger if exists difficulty_rollup_${op}`);
  await db.raw(
    `create trigger difficulty_rollup_insert after insert on submissions when new.form_key = '${FORM}' begin ${upsertHour('new', 1, '1', keying)}; end`,
  );
  await db.raw(
    `create trigger difficulty_rollup_update after update of form_key, created_at, status, outcome, category, rung, breached on submissions begin ` +
      `${upsertHour('old', -1, `old.form_key = '${FORM}'`, keying)}; ${upsertHour('new', 1, `new.form_key = '${FORM}'`, keying)}; end`,
  );
  await db.raw(
    `create trigger difficulty_rollup_delete after delete on submissions when old.form_key = '${FORM}' begin ${upsertHour('old', -1, '1', keying)}; end`,
  );
}

/** The way of each resolution awaiting confirmation, from its result's top-level `outcome`. */
async function fillResolvedOutcomes(db: Knex): Promise<void> {
  const rows: { id: string; result: unknown }[] = await db('submissions')
    .where('status', 'resolved')
    .whereNull('outcome')
    .whereNotNull('result')
    .select('id', 'result');
  for (const row of rows) {
    const result = (typeof row.result === 'string' ? JSON.parse(row.result) : row.result) as { outcome?: unknown } | null;
    if (typeof result?.outcome === 'string')
      await db('submissions')
        .where({ id: row.id })
        .update({ outcome: result.outcome.slice(0, 32) });
  }
}

/** Fills the ways (under 0018's triggers, which count no way for a resolved report), then re-keys the waiting reports. */
export async function up(db: Knex): Promise<void> {
  await fillResolvedOutcomes(db);
  await shiftWaiting(db, -1, 'rung');
  await keepRollUp(db, 'waiting');
  await shiftWaiting(db, 1, 'waiting');
}

/** Back to 0018's counting (the ways filled in stay: 0018 counts none for a resolved report). */
export async function down(db: Knex): Promise<void> {
  await shiftWaiting(db, -1, 'waiting');
  await keepRollUp(db, 'rung');
  await shiftWaiting(db, 1, 'rung');
}
