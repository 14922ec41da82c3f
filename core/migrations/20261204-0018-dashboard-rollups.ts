// Difficulty roll-ups kept on write (issue 21): the city-wide difficulty figures over 60 days read a few thousand
// per-hour rows instead of every report of the period with a lookup per report. Database triggers keep them, so every
// write path — a report filed, a status or outcome recorded, a task escalated, an SLA line written, a row removed —
// updates them in the same transaction as the row it changes, whoever writes it. Rows are keyed by the UTC hour
// (YYYY-MM-DDTHH) of the report, so a period of local days in a whole-hour zone (China's) is a range of hours, whatever
// zone the app is configured with. Each report also carries its current rung and whether an SLA ran out on it, as
// columns the triggers keep. Existing rows are backfilled. Never edit once merged.
import type { Knex } from 'knex';

const FORM = 'difficulty-report';
const BREACH = 'ladder.sla-breached';
/** Submission statuses after which a report is no longer open (core/domain/submission-status.ts, as of this migration). */
const FINAL = ['settled', 'failed', 'closed', 'rejected', 'expired', 'cancelled'];
const COUNTS = ['reported', 'open', 'settled', 'solved', 'coordinated', 'breached'] as const;

const isPg = (db: Knex) => db.client.config.client === 'pg';
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/** One report's contribution to its hour's row, as SQL over `row` (NEW or OLD), times `sign`. */
function contribution(row: string, sign: 1 | -1): string[] {
  const flag = (condition: string) => `${sign} * (case when ${condition} then 1 else 0 end)`;
  return [
    `substr(${row}.created_at, 1, 13)`,
    `coalesce(${row}.category, '')`,
    `coalesce(${row}.rung, '')`,
    `${sign}`,
    flag(`${row}.status not in (${list(FINAL)})`),
    flag(`${row}.status = 'settled'`),
    flag(`${row}.status = 'settled' and ${row}.outcome = 'solved-on-site'`),
    flag(`${row}.status = 'settled' and ${row}.outcome = 'coordinated'`),
    flag(`${row}.breached = 1`),
  ];
}

function upsertHour(row: string, sign: 1 | -1, where: string): string {
  const sets = COUNTS.map((c) => `${c} = difficulty_hours.${c} + excluded.${c}`).join(', ');
  return (
    `insert into difficulty_hours (hour, category, rung, ${COUNTS.join(', ')}) select ${contribution(row, sign).join(', ')} ` +
    `where ${where} on conflict (hour, category, rung) do update set ${sets}`
  );
}

/** Sets a report's `breached` from its SLA lines and escalated/expired tasks, when that changes it. */
function refreshBreached(id: string): string {
  const value =
    `(case when exists (select 1 from submission_events e where e.kind = '${BREACH}' and e.submission_id = ${id}) ` +
    `or exists (select 1 from tasks t where t.submission_id = ${id} and t.status in ('escalated', 'expired')) then 1 else 0 end)`;
  return `update submissions set breached = ${value} where id = ${id} and form_key = '${FORM}' and breached <> ${value}`;
}

/** Sets a report's `rung` to its newest task's step (ties broken by task id), when that changes it. */
function refreshRung(id: string, pg: boolean): string {
  const value = `(select t.step from tasks t where t.submission_id = ${id} order by t.created_at desc, t.id desc limit 1)`;
  return `update submissions set rung = ${value} where id = ${id} and form_key = '${FORM}' and rung ${pg ? 'is distinct from' : 'is not'} ${value}`;
}

function upsertBreach(row: string, sign: 1 | -1, pg: boolean): string {
  const stage = pg ? `(${row}.detail::jsonb ->> 'stage')` : `json_extract(${row}.detail, '$.stage')`;
  return (
    `insert into difficulty_breach_hours (hour, stage, breaches) select substr(s.created_at, 1, 13), coalesce(${stage}, ''), ${sign} ` +
    `from submissions s where s.id = ${row}.submission_id and s.form_key = '${FORM}' and ${row}.kind = '${BREACH}' ` +
    `on conflict (hour, stage) do update set breaches = difficulty_breach_hours.breaches + excluded.breaches`
  );
}

const SQLITE_TRIGGERS = [
  `create trigger difficulty_rollup_insert after insert on submissions when new.form_key = '${FORM}' begin ${upsertHour('new', 1, '1')}; end`,
  `create trigger difficulty_rollup_update after update of form_key, created_at, status, outcome, category, rung, breached on submissions begin ` +
    `${upsertHour('old', -1, `old.form_key = '${FORM}'`)}; ${upsertHour('new', 1, `new.form_key = '${FORM}'`)}; end`,
  `create trigger difficulty_rollup_delete after delete on submissions when old.form_key = '${FORM}' begin ${upsertHour('old', -1, '1')}; end`,
  `create trigger submission_marks_task_insert after insert on tasks when new.submission_id is not null begin ` +
    `${refreshRung('new.submission_id', false)}; ${refreshBreached('new.submission_id')}; end`,
  `create trigger submission_marks_task_update after update of status, step, created_at, submission_id on tasks begin ` +
    `${refreshRung('old.submission_id', false)}; ${refreshBreached('old.submission_id')}; ` +
    `${refreshRung('new.submission_id', false)}; ${refreshBreached('new.submission_id')}; end`,
  `create trigger submission_marks_task_delete after delete on tasks when old.submission_id is not null begin ` +
    `${refreshRung('old.submission_id', false)}; ${refreshBreached('old.submission_id')}; end`,
  `create trigger submission_marks_event_insert after insert on submission_events when new.kind = '${BREACH}' begin ` +
    `${refreshBreached('new.submission_id')}; ${upsertBreach('new', 1, false)}; end`,
  `create trigger submission_marks_event_delete after delete on submission_events when old.kind = '${BREACH}' begin ` +
    `${refreshBreached('old.submission_id')}; ${upsertBreach('old', -1, false)}; end`,
];

const SQLITE_TRIGGER_NAMES = SQLITE_TRIGGERS.map((sql) => sql.split(' ')[2]!);

/** PostgreSQL: one function per table, the same statements guarded by TG_OP. */
const PG_FUNCTIONS: Record<string, string> = {
  difficulty_rollup: `
    if tg_op in ('UPDATE', 'DELETE') then ${upsertHour('old', -1, `old.form_key = '${FORM}'`)}; end if;
    if tg_op in ('INSERT', 'UPDATE') then ${upsertHour('new', 1, `new.form_key = '${FORM}'`)}; end if;`,
  submission_marks_task: `
    if tg_op in ('UPDATE', 'DELETE') and old.submission_id is not null then
      ${refreshRung('old.submission_id', true)}; ${refreshBreached('old.submission_id')}; end if;
    if tg_op in ('INSERT', 'UPDATE') and new.submission_id is not null then
      ${refreshRung('new.submission_id', true)}; ${refreshBreached('new.submission_id')}; end if;`,
  submission_marks_event: `
    if tg_op = 'DELETE' and old.kind = '${BREACH}' then ${refreshBreached('old.submission_id')}; ${upsertBreach('old', -1, true)}; end if;
    if tg_op = 'INSERT' and new.kind = '${BREACH}' then ${refreshBreached('new.submission_id')}; ${upsertBreach('new', 1, true)}; end if;`,
};

const PG_TRIGGERS = [
  `create trigger difficulty_rollup after insert or delete or update of form_key, created_at, status, outcome, category, rung, breached on submissions for each row execute function difficulty_rollup()`,
  `create trigger submission_marks_task after insert or delete or update of status, step, created_at, submission_id on tasks for each row execute function submission_marks_task()`,
  `create trigger submission_marks_event after insert or delete on submission_events for each row execute function submission_marks_event()`,
];

async function createTables(db: Knex): Promise<void> {
  // Kept for difficulty reports only: the rung is the step of the report's newest task, `breached` 1 once an SLA ran out.
  await db.schema.alterTable('submissions', (t) => {
    t.string('rung', 64);
    t.integer('breached').notNullable().defaultTo(0);
  });
  await db.schema.createTable('difficulty_hours', (t) => {
    t.string('hour', 13).notNullable();
    t.string('category', 64).notNullable();
    // The report's current rung ('' before its first task).
    t.string('rung', 64).notNullable();
    for (const column of COUNTS) t.integer(column).notNullable().defaultTo(0);
    t.primary(['hour', 'category', 'rung']);
  });
  await db.schema.createTable('difficulty_breach_hours', (t) => {
    t.string('hour', 13).notNullable();
    t.string('stage', 64).notNullable();
    t.integer('breaches').notNullable().defaultTo(0);
    t.primary(['hour', 'stage']);
  });
}

async function createTriggers(db: Knex): Promise<void> {
  if (!isPg(db)) {
    for (const sql of SQLITE_TRIGGERS) await db.raw(sql);
    return;
  }
  for (const [name, body] of Object.entries(PG_FUNCTIONS))
    await db.raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`);
  for (const sql of PG_TRIGGERS) await db.raw(sql);
}

/** Fills the new columns and the roll-ups from the rows already stored. */
async function backfill(db: Knex): Promise<void> {
  const pg = isPg(db);
  // Each report's marks first: the update trigger is not there yet, so the roll-ups are built once afterwards.
  await db.raw(
    `update submissions set rung = (select t.step from tasks t where t.submission_id = submissions.id order by t.created_at desc, t.id desc limit 1), ` +
      `breached = (case when exists (select 1 from submission_events e where e.kind = '${BREACH}' and e.submission_id = submissions.id) ` +
      `or exists (select 1 from tasks t where t.submission_id = submissions.id and t.status in ('escalated', 'expired')) then 1 else 0 end) ` +
      `where form_key = '${FORM}'`,
  );
  const columns = contribution('s', 1);
  await db.raw(
    `insert into difficulty_hours (hour, category, rung, ${COUNTS.join(', ')}) ` +
      `select ${columns.slice(0, 3).join(', ')}, ${columns
        .slice(3)
        .map((c) => `sum(${c})`)
        .join(', ')} from submissions s where s.form_key = '${FORM}' group by 1, 2, 3`,
  );
  const stage = pg ? `(e.detail::jsonb ->> 'stage')` : `json_extract(e.detail, '$.stage')`;
  await db.raw(
    `insert into difficulty_breach_hours (hour, stage, breaches) select substr(s.created_at, 1, 13), coalesce(${stage}, ''), count(*) ` +
      `from submission_events e join submissions s on s.id = e.submission_id where e.kind = '${BREACH}' and s.form_key = '${FORM}' group by 1, 2`,
  );
}

/** Adds the columns, tables and triggers, and backfills them. */
export async function up(db: Knex): Promise<void> {
  await createTables(db);
  await backfill(db);
  await createTriggers(db);
}

/** Removes them. */
export async function down(db: Knex): Promise<void> {
  if (isPg(db)) {
    await db.raw('drop trigger if exists difficulty_rollup on submissions');
    await db.raw('drop trigger if exists submission_marks_task on tasks');
    await db.raw('drop trigger if exists submission_marks_event on submission_events');
    for (const name of Object.keys(PG_FUNCTIONS)) await db.raw(`drop function if exists ${name}()`);
  } else {
    for (const name of SQLITE_TRIGGER_NAMES) await db.raw(`drop trigger if exists ${name}`);
  }
  await db.schema.dropTableIfExists('difficulty_breach_hours');
  await db.schema.dropTableIfExists('difficulty_hours');
  await db.schema.alterTable('submissions', (t) => t.dropColumns('rung', 'breached'));
}
