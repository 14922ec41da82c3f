// A seeded scenario with known figures: the demo organisation plus enough resumed enterprises to reach seed 003's
// "57 enterprises resumed", the 140 visits / 42 opinions / 26 solved on site / 28 coordinated of seed 004, and five
// difficulty reports whose statuses, tasks and timeline lines are chosen by hand.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { creditCodeCheckChar } from '#core/domain/identifiers';
import { addDays } from '#core/domain/working-calendar';
import type { FigureRange } from '#core/dashboard/figure-group';
import { insertVisit } from '#core/stores/visits/visit-store';
import { paramsOf, shippedVisitForm } from '#web/server/visits/visit-form';
import { addDailyReports, addGateChecks } from './report-gate-scenario';

/** The shipped visit-log definition the fixture visits are made with. */
const VISIT_LOG = { version: shippedVisitForm().version, params: paramsOf(shippedVisitForm()) };

/** The period the scenario's dated records fall in (local dates, Asia/Shanghai). */
export const RANGE: FigureRange = { from: '2026-02-01', to: '2026-03-01', timeZone: 'Asia/Shanghai', rowLimit: 500 };

/** Visit number i (0…139): its cadre (0, 1, 2), whether it collected an opinion, and the problem it met. */
export function visitPlan(i: number): { cadre: number; opinion: boolean; problem: 'solved' | 'coordinate' | null } {
  return { cadre: i % 3, opinion: i < 42, problem: i < 26 ? 'solved' : i < 54 ? 'coordinate' : null };
}

let codeSeq = 700_000;
function creditCode(): string {
  const first17 = `91370100${String((codeSeq += 1)).padStart(8, '0')}M`;
  return first17 + creditCodeCheckChar(first17);
}

async function addEnterprises(db: Knex): Promise<void> {
  const at = new Date().toISOString();
  // Top the demo's resumed enterprises (a project cleared to resume by the inspection) up to 57, and add 3 whose only
  // project is delayed.
  const resumed = (await db('projects').whereNotNull('cleared_at').distinct('enterprise_id')).length;
  const toResume = 57 - resumed;
  const regulator = await db('working_groups').where({ key: 'industry-regulator' }).first('id');
  for (let i = 0; i < toResume + 3; i += 1) {
    const [row] = await db('enterprises')
      .insert({ name: `情景企业 ${i + 1}`, credit_code: creditCode(), type: 'construction', focus: i < 5, created_at: at })
      .returning('id');
    const id = Number((row as { id: number }).id);
    await db('projects').insert({
      enterprise_id: id,
      name: `情景项目 ${i + 1}`,
      status: i < toResume ? 'started' : 'delayed',
      major: false,
      ...(i < toResume ? { cleared_at: at, cleared_by_group_id: regulator.id } : {}),
    });
  }
}

/** The enterprise ids of each demo cadre (cadre1, cadre2, cadre3), in id order. */
export async function cadreEnterprises(db: Knex): Promise<number[][]> {
  const lists: number[][] = [];
  for (const username of ['cadre1', 'cadre2', 'cadre3']) {
    const cadre = await db('users').where({ username }).first('id');
    lists.push(
      (
        await db('cadre_assignments').where({ cadre_id: cadre.id }).whereNull('ended_at').orderBy('enterprise_id').pluck('enterprise_id')
      ).map(Number),
    );
  }
  return lists;
}

async function addVisits(db: Knex): Promise<void> {
  const enterprises = await cadreEnterprises(db);
  const cadres = await db('users').whereIn('username', ['cadre1', 'cadre2', 'cadre3']).orderBy('username').pluck('id');
  for (let i = 0; i < 140; i += 1) {
    const plan = visitPlan(i);
    const own = enterprises[plan.cadre]!;
    // Through the visit log's own store, which keeps the per-day totals the city-wide figures read.
    const problems = plan.problem
      ? [{ kind: plan.problem, category: plan.problem === 'coordinate' ? 'funds' : undefined, description: '工人返岗需要接送' }]
      : [];
    const input = {
      enterpriseId: own[i % own.length]!,
      visitedOn: addDays(RANGE.from, i % 28),
      peopleMet: '项目负责人',
      opinionsCount: plan.opinion ? 1 : 0,
      opinions: plan.opinion ? '希望协调口罩' : '',
      problems,
    };
    await db.transaction((trx) => insertVisit(trx, Number(cadres[plan.cadre]), input, new Date().toISOString(), VISIT_LOG));
  }
  // One visit outside the period, which no figure may count.
  await db.transaction((trx) =>
    insertVisit(
      trx,
      Number(cadres[0]),
      { enterpriseId: enterprises[0]![0]!, visitedOn: '2026-01-15', peopleMet: '经理', opinionsCount: 9 },
      new Date().toISOString(),
      VISIT_LOG,
    ),
  );
}

interface Report {
  username: string;
  category: string;
  status: string;
  createdAt: string;
  result?: Record<string, unknown>;
  tasks: [step: string, status: string][];
  breaches: string[];
  formKey?: string;
}

/** The five reports in the period (plus one before it and one of another form). */
export const REPORTS: Report[] = [
  // 01:00 local on 10 February, though still 9 February in UTC.
  {
    username: 'ent01',
    category: 'funds',
    status: 'received',
    createdAt: '2026-02-09T17:00:00.000Z',
    tasks: [['cadre', 'open']],
    breaches: [],
  },
  {
    username: 'ent01',
    category: 'funds',
    status: 'received',
    createdAt: '2026-02-11T02:00:00.000Z',
    tasks: [
      ['cadre', 'escalated'],
      ['group', 'open'],
    ],
    breaches: ['cadre'],
  },
  {
    username: 'ent06',
    category: 'materials',
    status: 'settled',
    createdAt: '2026-02-12T02:00:00.000Z',
    result: { status: 'settled', stage: 'cadre', data: { outcome: 'solved-on-site' } },
    tasks: [['cadre', 'done']],
    breaches: [],
  },
  {
    username: 'ent06',
    category: 'materials',
    status: 'settled',
    createdAt: '2026-02-12T03:00:00.000Z',
    result: { status: 'settled', stage: 'group', data: { outcome: 'coordinated' } },
    tasks: [
      ['cadre', 'done'],
      ['group', 'done'],
    ],
    breaches: [],
  },
  {
    username: 'ent02',
    category: 'land',
    status: 'expired',
    createdAt: '2026-02-20T02:00:00.000Z',
    result: { status: 'expired', stage: 'hq', data: {} },
    tasks: [
      ['cadre', 'escalated'],
      ['group', 'escalated'],
      ['hq', 'expired'],
    ],
    breaches: ['cadre', 'group', 'hq'],
  },
  {
    username: 'ent01',
    category: 'funds',
    status: 'received',
    createdAt: '2025-12-01T02:00:00.000Z',
    tasks: [['cadre', 'open']],
    breaches: [],
  },
  {
    username: 'ent01',
    category: 'funds',
    status: 'received',
    createdAt: '2026-02-15T02:00:00.000Z',
    tasks: [],
    breaches: [],
    formKey: 'liaison-designation',
  },
];

async function addReport(db: Knex, report: Report): Promise<void> {
  const user = await db('users').where({ username: report.username }).first('id', 'enterprise_id');
  const id = randomUUID();
  await db('submissions').insert({
    id,
    form_key: report.formKey ?? 'difficulty-report',
    form_version: 1,
    enterprise_id: user.enterprise_id,
    user_id: user.id,
    data: JSON.stringify({ category: report.category, summary: '缺少防疫物资' }),
    category: report.category,
    outcome: (report.result?.data as { outcome?: string } | undefined)?.outcome ?? null,
    status: report.status,
    result: report.result ? JSON.stringify(report.result) : null,
    workflow_id: `process-${id}`,
    created_at: report.createdAt,
    updated_at: report.createdAt,
  });
  for (const [n, [step, status]] of report.tasks.entries()) {
    const at = new Date(Date.parse(report.createdAt) + n * 3600_000).toISOString();
    await db('tasks').insert({
      id: `${id}/${n}-${step}`,
      workflow_id: `process-${id}`,
      submission_id: id,
      enterprise_id: user.enterprise_id,
      process_type: 'ladder',
      step,
      title: '{}',
      category: report.category,
      status,
      due_at: at,
      created_at: at,
      allowed_actions: '[]',
      completion_schema: '{}',
    });
  }
  for (const [n, stage] of report.breaches.entries()) {
    await db('submission_events').insert({
      submission_id: id,
      kind: 'ladder.sla-breached',
      detail: JSON.stringify({ stage }),
      at: report.createdAt,
      event_key: `${id}/${n}/breach`,
    });
  }
}

/** Adds the scenario to a database that has the demo organisation. */
export async function seedScenario(db: Knex): Promise<void> {
  await addEnterprises(db);
  await addVisits(db);
  for (const report of REPORTS) await addReport(db, report);
  await addDailyReports(db);
  await addGateChecks(db);
}
