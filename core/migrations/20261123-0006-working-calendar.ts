// The working-day calendar: local dates that break the weekday rule (public holidays, make-up working days 调休).
// Admins keep it; the 2026 dates below are the State Council's published arrangement. Never edit once merged.
import type { Knex } from 'knex';

const HOLIDAYS_2026: [string, string, string][] = [
  ['2026-01-01', '2026-01-03', '元旦'],
  ['2026-02-15', '2026-02-23', '春节'],
  ['2026-04-04', '2026-04-06', '清明节'],
  ['2026-05-01', '2026-05-05', '劳动节'],
  ['2026-06-19', '2026-06-21', '端午节'],
  ['2026-09-25', '2026-09-27', '中秋节'],
  ['2026-10-01', '2026-10-07', '国庆节'],
];
const WORKDAYS_2026: [string, string][] = [
  ['2026-01-04', '元旦调休上班'],
  ['2026-02-14', '春节调休上班'],
  ['2026-02-28', '春节调休上班'],
  ['2026-05-09', '劳动节调休上班'],
  ['2026-09-20', '国庆节调休上班'],
  ['2026-10-10', '国庆节调休上班'],
];

function datesFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let day = new Date(`${first}T00:00:00Z`); day.toISOString().slice(0, 10) <= last; day.setUTCDate(day.getUTCDate() + 1))
    dates.push(day.toISOString().slice(0, 10));
  return dates;
}

/** Creates the table and loads the 2026 arrangement. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('calendar_days', (t) => {
    t.string('date', 10).primary();
    t.string('kind', 10).notNullable();
    t.string('name', 100).notNullable().defaultTo('');
    t.integer('updated_by').references('users.id');
    t.string('updated_at', 30).notNullable();
  });
  const at = new Date('2026-11-23T00:00:00Z').toISOString();
  const rows = [
    ...HOLIDAYS_2026.flatMap(([first, last, name]) =>
      datesFrom(first, last).map((date) => ({ date, kind: 'holiday', name, updated_at: at })),
    ),
    ...WORKDAYS_2026.map(([date, name]) => ({ date, kind: 'workday', name, updated_at: at })),
  ];
  await db('calendar_days').insert(rows);
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('calendar_days');
}
