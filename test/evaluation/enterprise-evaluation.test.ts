// The enterprise evaluation counts what the processes recorded within the period and scores it with the admin's
// weights: commendation points move an enterprise up (the notice's "tilt"), missed reports and upheld objections
// move it down, and records outside the period or the scope count for nothing. Both databases.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { appendCreditEntry } from '#core/stores/credit/credit-ledger';
import { evaluateEnterprises } from '#core/evaluation/enterprise-evaluation';
import { DEFAULT_WEIGHTS, readEvaluationWeights, writeEvaluationWeights } from '#core/evaluation/evaluation-weights';
import { readSettings } from '#core/org/settings';
import { testDatabases } from '../helpers/test-db';

// A year the demo data never reaches, so only this test's records count.
const YEAR = { from: '2031-01-01', to: '2031-12-31' };
const ZONE = 'Asia/Shanghai';

/** One daily-report round on `date` and each enterprise's report status in it. */
async function round(db: Knex, date: string, statuses: Record<number, string>) {
  const id = `test-round/${date}/${randomUUID()}`;
  await db('collection_rounds').insert({
    id,
    form_key: 'daily-report',
    form_version: 1,
    recurrence: 'daily',
    local_date: date,
    params: '{}',
    opens_at: `${date}T00:05:00.000Z`,
    deadline_at: `${date}T09:00:00.000Z`,
    status: 'closed',
    workflow_id: id,
    created_at: `${date}T00:05:00.000Z`,
  });
  for (const [enterpriseId, status] of Object.entries(statuses))
    await db('collection_reports').insert({
      round_id: id,
      enterprise_id: Number(enterpriseId),
      status,
      updated_at: `${date}T09:00:00.000Z`,
    });
}

/** A decided case of `formKey` for an enterprise, decided at `at`. */
async function decidedCase(db: Knex, enterpriseId: number, formKey: string, status: string, at: string) {
  const userId = (await db('users').first('id')).id;
  const id = randomUUID();
  await db('submissions').insert({
    id,
    form_key: formKey,
    form_version: 1,
    enterprise_id: enterpriseId,
    user_id: userId,
    data: '{}',
    status,
    workflow_id: `test/${id}`,
    created_at: at,
    updated_at: at,
  });
  return id;
}

/** A publicity notice about an enterprise with one objection, upheld at `at`. */
async function upheldObjection(db: Knex, enterpriseId: number, at: string) {
  const submissionId = await decidedCase(db, enterpriseId, 'commendation', 'settled', at);
  const [notice] = await db('notices')
    .insert({
      notice_key: `test/${submissionId}`,
      kind: 'publicity',
      status: 'objected',
      submission_id: submissionId,
      enterprise_id: enterpriseId,
      content: '{}',
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  const noticeId = typeof notice === 'object' ? notice.id : notice;
  await db('notice_objections').insert({
    notice_id: noticeId,
    submission_id: submissionId,
    contact_name: '李四',
    contact_mobile: '13912345678',
    reason: '该企业存在安全问题',
    status: 'upheld',
    lodged_at: at,
    decided_at: at,
  });
}

describe.each(testDatabases())('enterprise evaluation on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let steady: number;
  let commended: number;
  let careless: number;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    const ids = (await db('enterprises').orderBy('id').limit(3).select('id')).map((row) => Number(row.id));
    [steady, commended, careless] = ids as [number, number, number];
    // steady: 5 on-time reports; commended: 3 on time, 2 late, and a commendation; careless: 5 missed, an upheld objection.
    for (const [day, n] of ['03', '04', '05', '06', '07'].entries())
      await round(db, `2031-03-${n}`, { [steady]: 'on_time', [commended]: day < 3 ? 'on_time' : 'late', [careless]: 'missed' });
    await insertCreditEntryAt(db, commended, 5, '2031-06-01T02:00:00.000Z');
    await decidedCase(db, steady, 'resumption-readiness', 'settled', '2031-04-01T02:00:00.000Z');
    await decidedCase(db, careless, 'resumption-readiness', 'rejected', '2031-04-01T02:00:00.000Z');
    await decidedCase(db, commended, 'difficulty-report', 'settled', '2031-04-02T02:00:00.000Z');
    await upheldObjection(db, careless, '2031-05-01T02:00:00.000Z');
    // Outside the period (a minute before 2031-01-01 in Beijing; after 2031-12-31 there): counts for nothing.
    await insertCreditEntryAt(db, careless, 100, '2030-12-31T15:59:00.000Z');
    await insertCreditEntryAt(db, careless, 100, '2031-12-31T16:00:00.000Z');
  });
  afterAll(async () => {
    await close?.();
  });

  /** A commendation's points, written through the ledger's own door, dated `at`. */
  const insertCreditEntryAt = (target: Knex, enterpriseId: number, points: number, at: string) =>
    appendCreditEntry(target, {
      key: `test/${randomUUID()}`,
      enterpriseId,
      points,
      reason: '通报表扬',
      basis: 'test',
      approverId: null,
      at,
    });

  const evaluate = (weights = DEFAULT_WEIGHTS, scope: 'all' | number[] = [steady, commended, careless]) =>
    evaluateEnterprises(db, scope, YEAR, weights, ZONE);

  it('counts each input within the period and scores it with the default weights', async () => {
    const rows = await evaluate();
    const by = (id: number) => rows.find((row) => row.enterpriseId === id)!;
    expect(by(steady).counts).toMatchObject({ onTimeReport: 5, inspectionPassed: 1, creditPoint: 0 });
    expect(by(commended).counts).toMatchObject({ onTimeReport: 3, lateReport: 2, creditPoint: 5, resolvedDifficulty: 1 });
    expect(by(careless).counts).toMatchObject({ missedReport: 5, inspectionFailed: 1, objectionUpheld: 1, creditPoint: 0 });
    // 5 × 0.1 + 2 = 2.5; 5 + 3 × 0.1 − 2 × 0.2 = 4.9; −2.5 − 2 − 5 = −9.5
    expect(rows.map((row) => [row.enterpriseId, row.score, row.rank])).toEqual([
      [commended, 4.9, 1],
      [steady, 2.5, 2],
      [careless, -9.5, 3],
    ]);
    expect(by(commended).points.creditPoint).toBe(5);
  });

  it('lets the weights decide: without the commendation tilt the steady reporter leads', async () => {
    const rows = await evaluate({ ...DEFAULT_WEIGHTS, creditPoint: 0 });
    expect(rows[0]!.enterpriseId).toBe(steady);
    expect(rows.find((row) => row.enterpriseId === commended)!.score).toBe(-0.1);
  });

  it('gives equal scores the same rank', async () => {
    const zero = Object.fromEntries(Object.entries(DEFAULT_WEIGHTS).map(([k, v]) => [k, typeof v === 'number' ? 0 : v]));
    const rows = await evaluate(zero as typeof DEFAULT_WEIGHTS);
    expect(rows.map((row) => row.rank)).toEqual([1, 1, 1]);
  });

  it('evaluates only the enterprises in scope', async () => {
    const rows = await evaluate(DEFAULT_WEIGHTS, [careless]);
    expect(rows.map((row) => row.enterpriseId)).toEqual([careless]);
    expect(await evaluate(DEFAULT_WEIGHTS, [])).toEqual([]);
  });

  it('keeps the weights in the settings table without showing them among the campaign settings', async () => {
    await writeEvaluationWeights(db, { ...DEFAULT_WEIGHTS, onTimeReport: 0.5 });
    expect((await readEvaluationWeights(db)).onTimeReport).toBe(0.5);
    expect(Object.keys(await readSettings(db))).toEqual(['maxEnterprisesPerCadre', 'campaignContacts']);
    await writeEvaluationWeights(db, DEFAULT_WEIGHTS);
  });
});
