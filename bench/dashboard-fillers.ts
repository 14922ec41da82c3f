// The data of the dashboard benchmark (bench/dashboard.ts): one filler per group of figures, each writing its rows
// the way the write paths leave them, projections included.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { refreshRoundTotals } from '#core/stores/dashboard/collection-day-totals';
import { refreshVisitDay } from '#core/stores/dashboard/visit-day-totals';
import { addDays } from '#core/domain/working-calendar';
import { DIFFICULTY_CATEGORIES } from '#core/org/org-types';

/** How big the city is and which days the reports cover. */
export interface BenchShape {
  enterprises: number;
  days: number;
  firstDay: string;
  lastDay: string;
}

/** What the fillers share: the enterprises, their cadres, and the enterprise users who report. */
export interface World {
  shape: BenchShape;
  enterprises: number[];
  cadreOf: Map<number, number>;
  reporterOf: Map<number, number>;
}
export type Filler = (db: Knex, world: World) => Promise<void>;

async function insertAll(db: Knex, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await db.batchInsert(table, rows.slice(i, i + 2000), 500);
  process.stderr.write(`  ${table}: ${rows.length.toLocaleString('en')} rows\n`);
}

/** Enterprises (a tenth focus), 1–3 projects each, a cadre for every five, one reporting user each. */
const fillOrganisation: Filler = async (db, world) => {
  const { enterprises } = world.shape;
  const at = new Date().toISOString();
  const types = ['construction', 'general_contractor', 'supervision', 'investment_platform'];
  await insertAll(
    db,
    'enterprises',
    Array.from({ length: enterprises }, (_, n) => ({
      name: `压测企业 ${n}`,
      credit_code: `B${String(n).padStart(17, '0')}`,
      type: types[n % 4],
      focus: n % 10 === 0,
      created_at: at,
    })),
  );
  world.enterprises.push(...(await db('enterprises').where('name', 'like', '压测企业 %').orderBy('id').pluck('id')).map(Number));
  const statuses = ['started', 'started', 'started', 'ready', 'delayed'];
  await insertAll(
    db,
    'projects',
    world.enterprises.flatMap((id, n) =>
      Array.from({ length: 1 + (n % 3) }, (_, k) => ({
        enterprise_id: id,
        name: `项目 ${n}-${k}`,
        status: statuses[(n + k) % 5],
        major: false,
      })),
    ),
  );
  const users = world.enterprises.flatMap((id, n) => [
    { username: `bench-ent-${n}`, display_name: `联络员 ${n}`, role: 'enterprise', password_hash: 'x', enterprise_id: id, created_at: at },
    ...(n % 5 === 0
      ? [{ username: `bench-cadre-${n / 5}`, display_name: `干部 ${n / 5}`, role: 'cadre', password_hash: 'x', created_at: at }]
      : []),
  ]);
  await insertAll(db, 'users', users);
  const byName = new Map(
    (await db('users').where('username', 'like', 'bench-%').select('id', 'username')).map((u) => [String(u.username), Number(u.id)]),
  );
  world.enterprises.forEach((id, n) => {
    world.reporterOf.set(id, byName.get(`bench-ent-${n}`)!);
    world.cadreOf.set(id, byName.get(`bench-cadre-${Math.floor(n / 5)}`)!);
  });
  await insertAll(
    db,
    'cadre_assignments',
    world.enterprises.map((id) => ({ cadre_id: world.cadreOf.get(id), enterprise_id: id, assigned_at: at })),
  );
};

/** Difficulty reports: one per 20 enterprises a day, with their rung tasks, breaches and outcomes. */
const fillDifficulties: Filler = async (db, world) => {
  const { days, firstDay } = world.shape;
  const submissions: Record<string, unknown>[] = [];
  const tasks: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const perDay = Math.ceil(world.enterprises.length / 20);
  for (let d = 0; d < days; d += 1) {
    for (let k = 0; k < perDay; k += 1) {
      const n = d * perDay + k;
      const enterprise = world.enterprises[(n * 7) % world.enterprises.length]!;
      const id = randomUUID();
      const createdAt = new Date(Date.parse(`${addDays(firstDay, d)}T01:00:00Z`) + (k % 600) * 60_000).toISOString();
      const rungs = 1 + (n % 3);
      const settled = n % 4 !== 0;
      const result = settled
        ? JSON.stringify({ status: 'settled', stage: 'cadre', data: { outcome: n % 2 ? 'solved-on-site' : 'coordinated' } })
        : null;
      submissions.push({
        id,
        form_key: 'difficulty-report',
        form_version: 1,
        enterprise_id: enterprise,
        user_id: world.reporterOf.get(enterprise),
        data: JSON.stringify({ category: DIFFICULTY_CATEGORIES[n % 8]!.key, summary: '压测困难问题' }),
        category: DIFFICULTY_CATEGORIES[n % 8]!.key,
        outcome: settled ? (n % 2 ? 'solved-on-site' : 'coordinated') : null,
        status: settled ? 'settled' : 'received',
        result,
        workflow_id: `bench-${id}`,
        created_at: createdAt,
        updated_at: createdAt,
      });
      for (let r = 0; r < rungs; r += 1) {
        const breached = r < rungs - 1 && n % 5 === 0;
        tasks.push({
          id: `${id}/${r}`,
          workflow_id: `bench-${id}`,
          submission_id: id,
          enterprise_id: enterprise,
          process_type: 'ladder',
          step: ['cadre', 'group', 'hq'][r],
          title: '{}',
          status: r < rungs - 1 ? (breached ? 'escalated' : 'done') : settled ? 'done' : 'open',
          due_at: createdAt,
          created_at: createdAt,
          allowed_actions: '[]',
          completion_schema: '{}',
        });
        if (breached)
          events.push({
            submission_id: id,
            kind: 'ladder.sla-breached',
            detail: JSON.stringify({ stage: ['cadre', 'group', 'hq'][r] }),
            at: createdAt,
            event_key: `${id}/${r}/breach`,
          });
      }
    }
  }
  await insertAll(db, 'submissions', submissions);
  await insertAll(db, 'tasks', tasks);
  await insertAll(db, 'submission_events', events);
};

/** Visits: every cadre visits one of its enterprises a day; half the visits meet a problem. */
const fillVisits: Filler = async (db, world) => {
  const { days, firstDay } = world.shape;
  const at = new Date().toISOString();
  const visits: Record<string, unknown>[] = [];
  for (let d = 0; d < days; d += 1) {
    for (let c = 0; c < world.enterprises.length; c += 5) {
      const enterprise = world.enterprises[c + (d % 5)] ?? world.enterprises[c]!;
      // Every other visit meets a problem, alternately solved on site and taken away.
      const kind = visits.length % 2 ? null : visits.length % 4 ? 'coordinate' : 'solved';
      visits.push({
        enterprise_id: enterprise,
        cadre_id: world.cadreOf.get(enterprise),
        visited_on: addDays(firstDay, d),
        people_met: '项目负责人',
        opinions_count: d % 3,
        opinions: '意见',
        solved_count: kind === 'solved' ? 1 : 0,
        coordinate_count: kind === 'coordinate' ? 1 : 0,
        created_at: at,
      });
    }
  }
  await insertAll(db, 'visits', visits);
  const rows = await db('visits').where('solved_count', 1).orWhere('coordinate_count', 1).select('id', 'coordinate_count');
  await insertAll(
    db,
    'visit_problems',
    rows.map((row) => ({
      visit_id: row.id,
      kind: row.coordinate_count ? 'coordinate' : 'solved',
      category: row.coordinate_count ? 'funds' : null,
      description: '压测问题描述',
    })),
  );
  // What the visit routes keep on write.
  for (let d = 0; d < days; d += 1) await refreshVisitDay(db, addDays(firstDay, d));
};

/** Daily reports: a round a day, every enterprise expected; most on time, some late, a few missed. */
const fillDailyReports: Filler = async (db, world) => {
  const { days, firstDay } = world.shape;
  const reports: Record<string, unknown>[] = [];
  const latest = new Map<number, Record<string, unknown>>();
  for (let d = 0; d < days; d += 1) {
    const day = addDays(firstDay, d);
    const roundId = `daily-report/${day}`;
    await db('collection_rounds').insert({
      id: roundId,
      form_key: 'daily-report',
      form_version: 1,
      recurrence: 'daily',
      local_date: day,
      params: '{}',
      opens_at: `${addDays(day, -1)}T16:05:00.000Z`,
      deadline_at: `${day}T09:00:00.000Z`,
      status: 'closed',
      workflow_id: `bench-${roundId}`,
      expected_count: world.enterprises.length,
      created_at: `${addDays(day, -1)}T16:05:00.000Z`,
    });
    world.enterprises.forEach((enterprise, n) => {
      const kind = (n + d) % 50;
      const status = kind === 0 ? 'missed' : kind < 4 ? 'late' : 'on_time';
      const numbers =
        status === 'missed'
          ? {}
          : {
              projects_started: 1 + (n % 2),
              projects_ready: n % 3 === 0 ? 1 : 0,
              projects_delayed: n % 7 === 0 ? 1 : 0,
              workers_on_site: 10 + ((n + d) % 40),
              returned_today: (n + d) % 3,
              awaiting_return: n % 5,
            };
      const row = {
        round_id: roundId,
        enterprise_id: enterprise,
        status,
        submission_id: status === 'missed' ? null : randomUUID(),
        submitted_at: status === 'missed' ? null : `${day}T0${kind < 4 ? 9 : 6}:30:00.000Z`,
        amendments: 0,
        updated_at: `${day}T09:00:00.000Z`,
        ...numbers,
      };
      reports.push(row);
      if (row.submission_id)
        latest.set(enterprise, {
          form_key: 'daily-report',
          enterprise_id: enterprise,
          local_date: day,
          round_id: roundId,
          submission_id: row.submission_id,
          ...numbers,
        });
    });
  }
  await insertAll(db, 'collection_reports', reports);
  // What the collection activities keep on write: per-round totals and each enterprise's latest report.
  for (let d = 0; d < days; d += 1) await refreshRoundTotals(db, `daily-report/${addDays(firstDay, d)}`);
  await insertAll(db, 'collection_latest_reports', [...latest.values()]);
};

/**
 * Gate checks: a tenth of the projects are sites; workers come back in waves (a bus from home), so each site checks
 * ten workers on each of 12 days of the 60, within an hour or two. Some are quarantined, a few turned back.
 */
const fillGate: Filler = async (db, world) => {
  const { days, firstDay, lastDay } = world.shape;
  const officer = Number((await db('users').where({ username: 'hq' }).first('id')).id);
  const sites = (await db('projects').orderBy('id').pluck('id')).map(Number).filter((_, n) => n % 10 === 0);
  const workers: Record<string, unknown>[] = [];
  const checks: Record<string, unknown>[] = [];
  const quarantines: Record<string, unknown>[] = [];
  const waves = Math.max(1, Math.round(days / 5));
  for (let w = 0; w < waves; w += 1) {
    for (const [s, site] of sites.entries()) {
      const d = (s + w * 5) % days;
      for (let k = 0; k < 10; k += 1) {
        const n = checks.length;
        const at = new Date(Date.parse(`${addDays(firstDay, d)}T00:30:00Z`) + ((s % 240) + k * 9) * 60_000).toISOString();
        const outcome = n % 13 === 0 ? 'quarantined' : n % 37 === 0 ? 'turned-back' : 'admitted';
        workers.push({ resident_id: `B${String(n).padStart(17, '0')}`, name: `工人 ${n}`, created_at: at });
        checks.push({
          id: randomUUID(),
          project_id: site,
          worker_id: n + 1,
          channel: 'people',
          certificate: 'health-code',
          steps: '[]',
          outcome,
          reasons: '[]',
          form_version: 1,
          checked_by: officer,
          checked_at: at,
        });
        if (outcome === 'quarantined') {
          const ends = new Date(Date.parse(at) + 14 * 86_400_000).toISOString();
          const released = ends < `${lastDay}T16:00:00.000Z`;
          quarantines.push({
            id: checks.at(-1)!.id,
            workflow_id: `bench-${n}`,
            project_id: site,
            worker_id: n + 1,
            officer_id: officer,
            status: released ? 'released' : 'active',
            started_at: at,
            ends_at: ends,
            end_changes: '[]',
            released_at: released ? ends : null,
          });
        }
      }
    }
  }
  await insertAll(db, 'workers', workers);
  // Resident ids are zero-padded, so their order is the order the workers were made in.
  const ids = (await db('workers').where('resident_id', 'like', 'B%').orderBy('resident_id').pluck('id')).map(Number);
  await insertAll(
    db,
    'gate_checks',
    checks.map((check) => ({ ...check, worker_id: ids[Number(check.worker_id) - 1] })),
  );
  await insertAll(
    db,
    'quarantines',
    quarantines.map((q) => ({ ...q, worker_id: ids[Number(q.worker_id) - 1] })),
  );
  // What recordGateCheck and releaseQuarantine keep on write: counts per site and hour.
  const hours = new Map<string, Record<string, unknown>>();
  const count = (projectId: unknown, at: string, column: string) => {
    const key = `${at.slice(0, 13)}|${projectId}`;
    const row = hours.get(key) ?? {
      hour: at.slice(0, 13),
      project_id: projectId,
      checks: 0,
      admitted: 0,
      quarantined: 0,
      turned_back: 0,
      released: 0,
    };
    row[column] = Number(row[column]) + 1;
    if (column !== 'released') row.checks = Number(row.checks) + 1;
    hours.set(key, row);
  };
  for (const check of checks) count(check.project_id, String(check.checked_at), String(check.outcome).replace('-', '_'));
  for (const q of quarantines) if (q.released_at) count(q.project_id, String(q.released_at), 'released');
  await insertAll(db, 'gate_site_hours', [...hours.values()]);
};

/** The groups' data, in order; a new group of figures adds its filler here. */
export const FILLERS: Filler[] = [fillOrganisation, fillDailyReports, fillDifficulties, fillGate, fillVisits];
