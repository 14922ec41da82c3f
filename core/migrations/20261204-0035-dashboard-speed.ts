// The visits figures' distinct counts from a roll-up (issue 21): "enterprises visited" city-wide and per cadre cannot be
// added up from per-day or per-cadre totals, so they scanned every visit of the period. `visit_pair_blocks` keeps, per
// aligned block of 1, 2, 4, … 256 local days (as migration 0030's blocks), how many visits each cadre paid each
// enterprise; a period's distinct enterprises are the distinct pairs of its few blocks with visits left. Triggers keep
// it from `visits` (cadre_id, enterprise_id, visited_on) in the same transaction, whoever writes; existing visits are
// backfilled. Also an index on visits (visited_on, id) for the newest-first records list, which otherwise sorted a
// whole day's visits by id. Never edit once merged.
import type { Knex } from 'knex';

const TARGET = 'visit_pair_blocks';
const KEYS = ['level', 'block', 'cadre_id', 'enterprise_id'];

const isPg = (db: Knex) => db.client.config.client === 'pg';

/** Days since 1970-01-01 of a YYYY-MM-DD text expression. */
const dayNumber = (day: string, pg: boolean) =>
  pg ? `((${day})::date - date '1970-01-01')` : `cast(julianday(${day}) - 2440587.5 as integer)`;

/** Adds one visit (alias `row`: NEW or OLD) times `sign` to its block at every level: one upsert. */
function upsert(row: string, sign: 1 | -1, pg: boolean): string {
  // `where true`: SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT to parse it.
  return (
    `insert into ${TARGET} (${KEYS.join(', ')}, visits) ` +
    `select l.level, ${dayNumber(`${row}.visited_on`, pg)} / l.days, ${row}.cadre_id, ${row}.enterprise_id, ${sign} ` +
    `from day_block_levels l where true on conflict (${KEYS.join(', ')}) do update set visits = ${TARGET}.visits + excluded.visits`
  );
}

const WATCHED = 'cadre_id, enterprise_id, visited_on';

function triggers(pg: boolean): string[] {
  if (!pg)
    return [
      `create trigger ${TARGET}_insert after insert on visits begin ${upsert('new', 1, false)}; end`,
      `create trigger ${TARGET}_update after update of ${WATCHED} on visits begin ${upsert('old', -1, false)}; ${upsert('new', 1, false)}; end`,
      `create trigger ${TARGET}_delete after delete on visits begin ${upsert('old', -1, false)}; end`,
    ];
  const body =
    `if tg_op in ('UPDATE', 'DELETE') then ${upsert('old', -1, true)}; end if; ` +
    `if tg_op in ('INSERT', 'UPDATE') then ${upsert('new', 1, true)}; end if;`;
  return [
    `create function ${TARGET}_keep() returns trigger language plpgsql as $$ begin ${body} return null; end $$`,
    `create trigger ${TARGET}_keep after insert or delete or update of ${WATCHED} on visits for each row execute function ${TARGET}_keep()`,
  ];
}

/** Creates the roll-up, fills it from the visits stored, adds its triggers and the records index. */
export async function up(db: Knex): Promise<void> {
  const pg = isPg(db);
  await db.schema.createTable(TARGET, (t) => {
    t.integer('level').notNullable();
    t.integer('block').notNullable();
    t.integer('cadre_id').notNullable();
    t.integer('enterprise_id').notNullable();
    t.integer('visits').notNullable().defaultTo(0);
    t.primary(KEYS);
    // Covering: a block's pairs (all of them, or the listed cadres') with their visits, read from the index alone.
    t.index([...KEYS, 'visits'], `${TARGET}_covering_index`);
  });
  await db.raw(
    `insert into ${TARGET} (${KEYS.join(', ')}, visits) ` +
      `select l.level, ${dayNumber('v.visited_on', pg)} / l.days, v.cadre_id, v.enterprise_id, count(*) ` +
      `from visits v, day_block_levels l group by 1, 2, 3, 4`,
  );
  for (const sql of triggers(pg)) await db.raw(sql);
  await db.schema.alterTable('visits', (t) => t.index(['visited_on', 'id'], 'visits_visited_on_id_index'));
}

/** Drops the index, the triggers and the roll-up. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('visits', (t) => t.dropIndex(['visited_on', 'id'], 'visits_visited_on_id_index'));
  if (isPg(db)) {
    await db.raw(`drop trigger if exists ${TARGET}_keep on visits`);
    await db.raw(`drop function if exists ${TARGET}_keep()`);
  } else for (const op of ['insert', 'update', 'delete']) await db.raw(`drop trigger if exists ${TARGET}_${op}`);
  await db.schema.dropTableIfExists(TARGET);
}
