// Coarser roll-ups for the city-wide dashboard (issue 21), so a 60-day view reads hundreds of rows instead of one per
// site and busy hour, per visit, or per category, rung and busy hour. Database triggers keep them from the rows they
// sum, in the same transaction, whoever writes those rows:
// - `gate_city_hours` and `difficulty_city_hours`: the city's counts per UTC hour (the by-day tables, local days
//   being whole hours), kept from `gate_site_hours` (written by the gate's store) and `difficulty_hours` (0018).
// - `*_blocks`: counts per site, per cadre, per category and rung over aligned blocks of 1, 2, 4, … 256 UTC or
//   local days (block b of level k covers day numbers b·2^k … b·2^k + 2^k − 1, days counted from 1970-01-01). Any
//   period of whole days is at most two blocks per level (core/dashboard/day-blocks.ts), so a per-site or per-cadre
//   list over 60 days reads a handful of rows per site or cadre; the edge hours of a local-day period come from
//   the hourly tables. Each row written adds to one block per level (`day_block_levels`).
// The gate triggers read gate_site_hours' hour, project_id, checks, admitted, quarantined, turned_back, released;
// the visit triggers read visits' cadre_id, visited_on, opinions_count, solved_count, coordinate_count, filed_count.
// Existing rows are backfilled. Never edit once merged.
import type { Knex } from 'knex';

/** The deepest level: blocks of 2^8 = 256 days, enough for the dashboard's longest period (366 days). */
const DEEPEST = 8;

const isPg = (db: Knex) => db.client.config.client === 'pg';

/** A roll-up kept by triggers: which table it sums, into which, by what key, which counts. */
interface RollUp {
  target: string;
  source: string;
  /** Source columns whose change moves the roll-up (the update trigger's column list). */
  watched: string[];
  /** Key columns of the target after (level, block) or the hour, and their value over a source row alias. */
  key: [string, (row: string) => string][];
  counts: [string, (row: string) => string][];
  /** Blocks of days: the UTC or local day (YYYY-MM-DD) of a source row; absent, the target is per hour (`hour`). */
  day?: (row: string) => string;
}

const same = (column: string) => (row: string) => `${row}.${column}`;
const GATE_COUNTS: [string, (row: string) => string][] = ['checks', 'admitted', 'quarantined', 'turned_back', 'released'].map((c) => [
  c,
  same(c),
]);
const DIFFICULTY_COUNTS: [string, (row: string) => string][] = ['reported', 'open', 'settled', 'solved', 'coordinated', 'breached'].map(
  (c) => [c, same(c)],
);
const utcDay = (row: string) => `substr(${row}.hour, 1, 10)`;

const ROLL_UPS: RollUp[] = [
  { target: 'gate_city_hours', source: 'gate_site_hours', watched: ['hour', ...GATE_COUNTS.map(([c]) => c)], key: [], counts: GATE_COUNTS },
  {
    target: 'gate_site_blocks',
    source: 'gate_site_hours',
    watched: ['hour', 'project_id', ...GATE_COUNTS.map(([c]) => c)],
    key: [['project_id', same('project_id')]],
    counts: GATE_COUNTS,
    day: utcDay,
  },
  {
    target: 'visit_cadre_blocks',
    source: 'visits',
    watched: ['cadre_id', 'visited_on', 'opinions_count', 'solved_count', 'coordinate_count', 'filed_count'],
    key: [['cadre_id', same('cadre_id')]],
    counts: [
      ['visits', () => '1'],
      ['opinions', same('opinions_count')],
      ['solved', same('solved_count')],
      ['coordinated', same('coordinate_count')],
      ['filed', same('filed_count')],
    ],
    day: same('visited_on'),
  },
  {
    target: 'difficulty_city_hours',
    source: 'difficulty_hours',
    watched: ['hour', ...DIFFICULTY_COUNTS.map(([c]) => c)],
    key: [],
    counts: DIFFICULTY_COUNTS,
  },
  {
    target: 'difficulty_blocks',
    source: 'difficulty_hours',
    watched: ['hour', 'category', 'rung', ...DIFFICULTY_COUNTS.map(([c]) => c)],
    key: [
      ['category', same('category')],
      ['rung', same('rung')],
    ],
    counts: DIFFICULTY_COUNTS,
    day: utcDay,
  },
];

/** Days since 1970-01-01 of a YYYY-MM-DD text. */
const dayNumber = (day: string, pg: boolean) =>
  pg ? `((${day})::date - date '1970-01-01')` : `cast(julianday(${day}) - 2440587.5 as integer)`;

/** Adds one source row (alias `row`: NEW or OLD) to the roll-up, times `sign`; an upsert per block level or one per hour. */
function upsert(rollUp: RollUp, row: string, sign: 1 | -1, pg: boolean): string {
  const { target, key, counts, day } = rollUp;
  const keys = [...(day ? ['level', 'block'] : ['hour']), ...key.map(([c]) => c)];
  const values = [
    ...(day ? ['l.level', `${dayNumber(day(row), pg)} / l.days`] : [`${row}.hour`]),
    ...key.map(([, value]) => value(row)),
    ...counts.map(([, value]) => `${sign} * ${value(row)}`),
  ];
  const sets = counts.map(([c]) => `${c} = ${target}.${c} + excluded.${c}`).join(', ');
  // `where true`: SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT to parse it.
  return (
    `insert into ${target} (${[...keys, ...counts.map(([c]) => c)].join(', ')}) select ${values.join(', ')} ` +
    `${day ? 'from day_block_levels l ' : ''}where true on conflict (${keys.join(', ')}) do update set ${sets}`
  );
}

function sqliteTriggers(rollUp: RollUp): string[] {
  const { target, source, watched } = rollUp;
  return [
    `create trigger ${target}_insert after insert on ${source} begin ${upsert(rollUp, 'new', 1, false)}; end`,
    `create trigger ${target}_update after update of ${watched.join(', ')} on ${source} begin ` +
      `${upsert(rollUp, 'old', -1, false)}; ${upsert(rollUp, 'new', 1, false)}; end`,
    `create trigger ${target}_delete after delete on ${source} begin ${upsert(rollUp, 'old', -1, false)}; end`,
  ];
}

function pgTrigger(rollUp: RollUp): string[] {
  const { target, source, watched } = rollUp;
  const body =
    `if tg_op in ('UPDATE', 'DELETE') then ${upsert(rollUp, 'old', -1, true)}; end if; ` +
    `if tg_op in ('INSERT', 'UPDATE') then ${upsert(rollUp, 'new', 1, true)}; end if;`;
  return [
    `create function ${target}_keep() returns trigger language plpgsql as $$ begin ${body} return null; end $$`,
    `create trigger ${target}_keep after insert or delete or update of ${watched.join(', ')} on ${source} for each row execute function ${target}_keep()`,
  ];
}

async function createTables(db: Knex): Promise<void> {
  await db.schema.createTable('day_block_levels', (t) => {
    t.integer('level').primary();
    t.integer('days').notNullable();
  });
  await db('day_block_levels').insert(Array.from({ length: DEEPEST + 1 }, (_, level) => ({ level, days: 2 ** level })));
  for (const { target, key, counts, day } of ROLL_UPS) {
    await db.schema.createTable(target, (t) => {
      if (day) {
        t.integer('level').notNullable();
        t.integer('block').notNullable();
      } else t.string('hour', 13).notNullable();
      for (const [column] of key) t.specificType(column, column.endsWith('_id') ? 'integer' : 'varchar(64)').notNullable();
      for (const [column] of counts) t.integer(column).notNullable().defaultTo(0);
      const primary = [...(day ? ['level', 'block'] : ['hour']), ...key.map(([c]) => c)];
      t.primary(primary);
      // Covering: a period's blocks are summed from the index alone, without a lookup per row.
      if (day) t.index([...primary, ...counts.map(([c]) => c)], `${target}_covering_index`);
    });
  }
}

/** Fills the roll-ups from the rows already stored: each source row added once, as the insert trigger would. */
async function backfill(db: Knex): Promise<void> {
  const pg = isPg(db);
  for (const rollUp of ROLL_UPS) {
    const { target, source, key, counts, day } = rollUp;
    const keys = [...(day ? ['level', 'block'] : ['hour']), ...key.map(([c]) => c)];
    const keyValues = [...(day ? ['l.level', `${dayNumber(day('s'), pg)} / l.days`] : ['s.hour']), ...key.map(([, value]) => value('s'))];
    await db.raw(
      `insert into ${target} (${[...keys, ...counts.map(([c]) => c)].join(', ')}) ` +
        `select ${keyValues.join(', ')}, ${counts.map(([, value]) => `sum(${value('s')})`).join(', ')} ` +
        `from ${source} s${day ? ', day_block_levels l' : ''} group by ${keyValues.map((_, n) => n + 1).join(', ')}`,
    );
  }
}

/** Creates the roll-ups, fills them, and adds the triggers that keep them. */
export async function up(db: Knex): Promise<void> {
  await createTables(db);
  await backfill(db);
  for (const rollUp of ROLL_UPS) for (const sql of isPg(db) ? pgTrigger(rollUp) : sqliteTriggers(rollUp)) await db.raw(sql);
}

/** Drops the triggers and the roll-ups. */
export async function down(db: Knex): Promise<void> {
  for (const { target, source } of ROLL_UPS) {
    if (isPg(db)) {
      await db.raw(`drop trigger if exists ${target}_keep on ${source}`);
      await db.raw(`drop function if exists ${target}_keep()`);
    } else for (const op of ['insert', 'update', 'delete']) await db.raw(`drop trigger if exists ${target}_${op}`);
    await db.schema.dropTableIfExists(target);
  }
  await db.schema.dropTableIfExists('day_block_levels');
}
