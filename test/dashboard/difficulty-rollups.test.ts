// The city-wide difficulty figures come from roll-ups kept by triggers on write (migration 0018). They must equal a
// direct count of the reports — on the seeded scenario, on a random fill, and after the changes the product makes:
// a late report, an amended category, a case closing, an escalation, an SLA line, a report removed. A report waiting on
// the enterprise (resolved, returned) counts there, not at its rung; a resolution's way counts before it is confirmed.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubmissionActivities } from '#activities/submission-activities';
import { prepareDatabase } from '#core/bootstrap';
import { FINAL_SUBMISSION_STATUSES } from '#core/domain/submission-status';
import { RUNG_NAMES, WAITING_ON_ENTERPRISE } from '#core/stores/dashboard/figures/difficulty-rows';
import { dashboardFigures } from '#web/server/dashboard/dashboard-figures';
import type { FigureGroup, FigureRange } from '#core/dashboard/figure-group';
import { instantRange } from '#core/stores/dashboard/figure-sql';
import { testDatabases } from '../helpers/test-db';
import { RANGE, seedScenario } from './dashboard-scenario';

const FINAL: readonly string[] = FINAL_SUBMISSION_STATUSES;
const CATEGORIES = ['funds', 'materials', 'land', 'approvals', 'transportation'];
const STEPS = ['cadre', 'group', 'hq'];

/** The difficulty figures counted straight from the rows, in JavaScript: totals, per category, open per rung, breaches per stage. */
async function directCount(db: Knex, range: FigureRange) {
  const { start, end } = instantRange(range);
  const reports = await db('submissions')
    .where('form_key', 'difficulty-report')
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .select('id', 'category', 'status', 'outcome');
  const ids = new Set(reports.map((r) => String(r.id)));
  const tasks = (await db('tasks').whereNotNull('submission_id').select('submission_id', 'step', 'status', 'created_at', 'id')).filter(
    (t) => ids.has(String(t.submission_id)),
  );
  const events = (await db('submission_events').where('kind', 'ladder.sla-breached').select('submission_id', 'detail')).filter((e) =>
    ids.has(String(e.submission_id)),
  );
  const breached = new Set([
    ...events.map((e) => String(e.submission_id)),
    ...tasks.filter((t) => ['escalated', 'expired'].includes(String(t.status))).map((t) => String(t.submission_id)),
  ]);
  const newest = new Map<string, { created_at: string; id: string; step: string }>();
  for (const t of tasks) {
    const seen = newest.get(String(t.submission_id));
    if (!seen || t.created_at > seen.created_at || (t.created_at === seen.created_at && t.id > seen.id))
      newest.set(String(t.submission_id), t);
  }
  const zero = () => ({ reported: 0, open: 0, breached: 0, settled: 0, solved: 0, coordinated: 0 });
  const totals = zero();
  const byCategory: Record<string, ReturnType<typeof zero>> = {};
  const openAt: Record<string, number> = {};
  for (const r of reports) {
    const into = (byCategory[String(r.category)] ??= zero());
    const open = !FINAL.includes(String(r.status));
    const settled = r.status === 'settled';
    const resolved = settled || r.status === 'resolved';
    for (const counts of [totals, into]) {
      counts.reported += 1;
      counts.open += open ? 1 : 0;
      counts.breached += breached.has(String(r.id)) ? 1 : 0;
      counts.settled += settled ? 1 : 0;
      counts.solved += resolved && r.outcome === 'solved-on-site' ? 1 : 0;
      counts.coordinated += resolved && r.outcome === 'coordinated' ? 1 : 0;
    }
    const waiting = WAITING_ON_ENTERPRISE[String(r.status) as keyof typeof WAITING_ON_ENTERPRISE];
    const rung = waiting ?? newest.get(String(r.id))?.step ?? 'none';
    if (open) openAt[rung] = (openAt[rung] ?? 0) + 1;
  }
  const breachesAt: Record<string, number> = {};
  for (const e of events) {
    const stage = String((typeof e.detail === 'string' ? JSON.parse(e.detail) : e.detail).stage);
    breachesAt[stage] = (breachesAt[stage] ?? 0) + 1;
  }
  return { totals, byCategory, openAt, breachesAt };
}

/** The same figures as the dashboard shows them city-wide. */
function shown(group: FigureGroup) {
  const table = (key: string) => group.tables.find((t) => t.key === key)!;
  const en = (cell: unknown) => (typeof cell === 'object' && cell !== null ? (cell as { en: string }).en : String(cell));
  // The rung names come from the glossary (and the enterprise's from the figures): read them back to keys from there.
  const rungKey: Record<string, string> = Object.fromEntries(Object.entries(RUNG_NAMES).map(([key, name]) => [name.en, key]));
  const categoryKey = (name: string) => CATEGORY_NAMES[name] ?? name;
  return {
    totals: Object.fromEntries(group.totals.map((t) => [t.key, t.value])),
    byCategory: Object.fromEntries(
      table('by-category').rows.map((row) => {
        const { category, ...counts } = row.cells;
        return [categoryKey(en(category)), counts];
      }),
    ),
    openAt: Object.fromEntries(
      table('by-rung')
        .rows.filter((row) => Number(row.cells.open) > 0)
        .map((row) => [rungKey[en(row.cells.rung)] ?? en(row.cells.rung), row.cells.open]),
    ),
    breachesAt: Object.fromEntries(
      table('by-rung')
        .rows.filter((row) => Number(row.cells.breaches) > 0)
        .map((row) => [rungKey[en(row.cells.rung)] ?? en(row.cells.rung), row.cells.breaches]),
    ),
    byDayReported: table('by-day').rows.reduce((sum, row) => sum + Number(row.cells.reported), 0),
  };
}

let CATEGORY_NAMES: Record<string, string> = {};

async function addReport(db: Knex, enterpriseId: number, createdAt: string, category: string): Promise<string> {
  const id = randomUUID();
  const reporter = await db('users').where({ role: 'hq' }).first('id');
  await db('submissions').insert({
    id,
    form_key: 'difficulty-report',
    form_version: 1,
    enterprise_id: enterpriseId,
    user_id: reporter.id,
    data: JSON.stringify({ category, summary: '随机' }),
    category,
    status: 'received',
    workflow_id: `process-${id}`,
    created_at: createdAt,
    updated_at: createdAt,
  });
  return id;
}

async function addTask(db: Knex, submissionId: string, enterpriseId: number, step: string, status: string, at: string): Promise<void> {
  await db('tasks').insert({
    id: `${submissionId}/${step}-${randomUUID().slice(0, 6)}`,
    workflow_id: `process-${submissionId}`,
    submission_id: submissionId,
    enterprise_id: enterpriseId,
    process_type: 'ladder',
    step,
    title: '{}',
    status,
    due_at: at,
    created_at: at,
    allowed_actions: '[]',
    completion_schema: '{}',
  });
}

/** A small deterministic generator, so a failing fill can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

describe.each(testDatabases())('difficulty roll-ups on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let enterprises: number[];
  const city = async () => shown((await dashboardFigures(db, 'all', RANGE, ['difficulties']))[0]!);
  const expectDirectCount = async () => {
    const direct = await directCount(db, RANGE);
    const figures = await city();
    expect(figures.totals).toEqual(direct.totals);
    expect(figures.byCategory).toEqual(direct.byCategory);
    expect(figures.openAt).toEqual(direct.openAt);
    expect(figures.breachesAt).toEqual(direct.breachesAt);
    expect(figures.byDayReported).toBe(direct.totals.reported);
  };

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    await seedScenario(db);
    enterprises = (await db('enterprises').orderBy('id').pluck('id')).map(Number);
    CATEGORY_NAMES = Object.fromEntries((await db('difficulty_categories').select('key', 'name_en')).map((c) => [c.name_en, c.key]));
  });
  afterAll(async () => {
    await close?.();
  });

  it('equals a direct count on the seeded scenario, and the same figures counted within a scope of every enterprise', async () => {
    await expectDirectCount();
    const all = (await dashboardFigures(db, 'all', RANGE, ['difficulties']))[0]!;
    const scoped = (await dashboardFigures(db, enterprises, RANGE, ['difficulties']))[0]!;
    expect(all.totals).toEqual(scoped.totals);
    for (const key of ['by-category', 'by-rung', 'by-day', 'difficulty-records'])
      expect(all.tables.find((t) => t.key === key)).toEqual(scoped.tables.find((t) => t.key === key));
    expect(all.totals.find((t) => t.key === 'reported')!.value).toBe(5);
  });

  it('stays equal to a direct count through a late report, an amended category, a case closing, an escalation and a removal', async () => {
    const marks = createSubmissionActivities({ db });
    // A late report: filed now for a day inside the period.
    const late = await addReport(db, enterprises[3]!, '2026-02-25T03:00:00.000Z', 'approvals');
    await addTask(db, late, enterprises[3]!, 'cadre', 'open', '2026-02-25T03:00:00.000Z');
    await expectDirectCount();
    // The cadre lets the day end: the task escalates, an SLA line is written, the group's task opens.
    await db('tasks').where({ submission_id: late }).update({ status: 'escalated' });
    await marks.recordEvent({ key: `${late}/breach`, submissionId: late, kind: 'ladder.sla-breached', detail: { stage: 'cadre' } });
    await addTask(db, late, enterprises[3]!, 'group', 'open', '2026-02-25T05:00:00.000Z');
    await expectDirectCount();
    // The enterprise amends its category; then the group settles the case as coordinated.
    await db('submissions').where({ id: late }).update({ category: 'funds' });
    await marks.markSubmission({ submissionId: late, status: 'settled', result: { status: 'settled', data: { outcome: 'coordinated' } } });
    await expectDirectCount();
    // A report removed with its tasks and timeline.
    await db('submission_events').where({ submission_id: late }).delete();
    await db('tasks').where({ submission_id: late }).delete();
    await db('submissions').where({ id: late }).delete();
    await expectDirectCount();
    expect((await city()).totals.reported).toBe(5);
  });

  it('equals a direct count on a random fill after random changes', async () => {
    const pick = generator(database.name === 'sqlite' ? 21 : 42);
    const ids: string[] = [];
    for (let i = 0; i < 120; i += 1) {
      // Some fall outside the period, on either side; some at local midnight's edges.
      const day = 1 + pick(40);
      const at = new Date(Date.UTC(2026, 0, 20 + day, pick(24), pick(60))).toISOString();
      const enterprise = enterprises[pick(enterprises.length)]!;
      const id = await addReport(db, enterprise, at, CATEGORIES[pick(CATEGORIES.length)]!);
      ids.push(id);
      const rungs = pick(4);
      for (let r = 0; r < rungs; r += 1) {
        const status = r < rungs - 1 ? (pick(2) ? 'escalated' : 'done') : ['open', 'done', 'expired'][pick(3)]!;
        await addTask(db, id, enterprise, STEPS[r]!, status, new Date(Date.parse(at) + r * 3_600_000).toISOString());
        if (status === 'escalated' && pick(2))
          await db('submission_events').insert({
            submission_id: id,
            kind: 'ladder.sla-breached',
            detail: JSON.stringify({ stage: STEPS[r] }),
            at,
            event_key: `${id}/${r}/breach`,
          });
      }
    }
    await expectDirectCount();
    for (let i = 0; i < 60; i += 1) {
      const id = ids[pick(ids.length)]!;
      const change = pick(4);
      if (change === 0) {
        const outcome = pick(2) ? 'solved-on-site' : 'coordinated';
        await db('submissions')
          .where({ id })
          .update({ status: pick(2) ? 'settled' : 'resolved', outcome });
      } else if (change === 1)
        await db('submissions')
          .where({ id })
          .update({ status: ['received', 'returned', 'rejected'][pick(3)]! });
      else if (change === 2)
        await db('tasks')
          .where({ submission_id: id })
          .update({ status: pick(2) ? 'expired' : 'done' });
      else
        await db('submissions')
          .where({ id })
          .update({ category: CATEGORIES[pick(CATEGORIES.length)]! });
    }
    await expectDirectCount();
  });
});
