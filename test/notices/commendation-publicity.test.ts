// The shipped commendation on the time-skipping server: special-class review, HQ approval, five working days on the
// public bulletin. An objection sends the case back to review; without one the credit points, the notice and the
// email are applied exactly once, even when each effect's activity fails after writing and is retried; the points then
// tilt the enterprise evaluation (000 §III.4). (A worker
// process killed in the middle of the effects is test/system/commendation-worker-restart.test.ts, on the dev server.)
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { addDays, localDate, nthWorkingDayAfter, startOfLocalDay } from '#core/domain/working-calendar';
import { currentYear, evaluateEnterprises } from '#core/evaluation/enterprise-evaluation';
import { DEFAULT_WEIGHTS } from '#core/evaluation/evaluation-weights';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { readShippedForms } from '#forms/shipped-forms';
import { arrival } from '#scripts/kit/eventually';
import type { LadderResult } from '#workflows/ladder-workflow';
import { objectUpdate, publicityStateQuery, type Objection } from '#workflows/publicity-stage';
import { ladderTasks } from '../helpers/ladder-tasks';
import { openSqlite } from '../helpers/test-db';
import { testWorkerCode, timeSkippingEnvironment } from '../helpers/test-codec';
import { startLadderCase } from '../helpers/ladder-suite';

const TZ = 'Asia/Shanghai';
const QUEUE = 'commendation-publicity-test';
const COMMENDATION = readShippedForms().find((form) => form.key === 'commendation')!;
const HOSTILE = '<script>window.__pwned = 1</script> {{submissionId}} <b>加粗</b> & <img src=x onerror=alert(1)>';

describe('commendation publicity and effects (time-skipping server)', () => {
  let env: TestWorkflowEnvironment;
  let db: Knex;
  let worker: Worker;
  let running: Promise<void>;
  let cadre1: { id: number };
  let enterpriseId: number;
  let failures: string[];

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    cadre1 = await db('users').where({ username: 'cadre1' }).first('id');
    enterpriseId = (await db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id;
  });
  // A server of its own per case. Each effect's activity writes, then fails once as if its reply were lost.
  beforeEach(async () => {
    env = await timeSkippingEnvironment();
    const real = createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ });
    failures = [];
    const failOnceAfterWriting =
      <I, O>(name: string, activity: (input: I) => Promise<O>, applies: (input: I) => boolean = () => true) =>
      async (input: I): Promise<O> => {
        const output = await activity(input);
        if (applies(input) && !failures.includes(name)) {
          failures.push(name);
          throw new Error(`${name} wrote, then lost its reply`);
        }
        return output;
      };
    const activities = {
      ...real,
      awardCredit: failOnceAfterWriting('awardCredit', real.awardCredit),
      publishNotice: failOnceAfterWriting('publishNotice', real.publishNotice),
      sendEmail: failOnceAfterWriting('sendEmail', real.sendEmail, (input) => input.template === 'commendation-awarded'),
    };
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: QUEUE,
      ...testWorkerCode(),
      activities,
    });
    running = worker.run();
  });
  afterEach(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const nominate = (enterprise = enterpriseId) =>
    startLadderCase(db, env.client, QUEUE, {
      form: COMMENDATION,
      version: 1,
      data: { enterpriseCreditCode: 'ignored-here', honour: '复工复产先进企业', deeds: HOSTILE },
      enterpriseId: enterprise,
      submitter: { userId: cadre1.id, name: '包挂干部', email: 'cadre1@example.com' },
    });

  const { openTask, decide } = ladderTasks(
    () => db,
    () => env.client,
  );

  async function approveUpToPublicity(submissionId: string) {
    await decide(await openTask(submissionId, 'review'), 'class-coordination', 'escalate', { opinion: '事迹属实，建议表扬' });
    await decide(await openTask(submissionId, 'hq'), 'hq', 'approve', { opinion: '同意表扬' });
    // The publicity stage opens its notice through an activity a moment after HQ approves.
    return arrival(
      () => db('notices').where({ submission_id: submissionId, kind: 'publicity', status: 'open' }).first(),
      'the publicity notice',
      20_000,
    );
  }

  async function nextMorning(): Promise<void> {
    const now = await env.currentTimeMs();
    await env.sleep(startOfLocalDay(addDays(localDate(now, TZ), 1), TZ) + 9 * 3_600_000 - now);
  }

  it('opens a review of an objection, and sends the case back to special-class review once it is upheld', async () => {
    await nextMorning();
    const { id, handle } = await nominate();
    const notice = await approveUpToPublicity(id);
    const objection: Objection = { userId: null, reason: '该企业上月发生过安全事故' };
    await handle.executeUpdate(objectUpdate, { args: [objection] });

    const check = await openTask(id, 'objection-review');
    expect(check.id).toMatch(/\/1\/publicity\/objection-0$/);
    expect((await db('notices').where({ id: notice.id }).first()).status).toBe('under-review');
    expect(await db('tasks').where({ submission_id: id, step: 'review' }).count({ n: '*' }).first()).toEqual({ n: 1 });
    await expect(handle.executeUpdate(objectUpdate, { args: [objection] })).rejects.toThrow();
    await decide(check, 'class-coordination', 'uphold', { note: '异议属实' });

    const review = await openTask(id, 'review');
    expect(await db('tasks').where({ submission_id: id, step: 'review' }).count({ n: '*' }).first()).toEqual({ n: 2 });
    expect(review.id).toMatch(/\/2-0-review$/);
    expect((await db('notices').where({ id: notice.id }).first()).status).toBe('objected');
    const events = await db('submission_events').where({ submission_id: id, kind: 'publicity.objection' }).select('detail');
    expect(JSON.parse(events[0].detail)).toMatchObject({ reason: '该企业上月发生过安全事故', by: null });
    const upheld = await db('submission_events').where({ submission_id: id, kind: 'publicity.objection-upheld' }).first('detail');
    expect(JSON.parse(upheld.detail)).toMatchObject({ returnsTo: 'review', note: '异议属实', lapsed: false });
    expect(await db('credit_entries').where({ submission_id: id }).count({ n: '*' }).first()).toEqual({ n: 0 });
    await expect(handle.executeUpdate(objectUpdate, { args: [objection] })).rejects.toThrow();
    await handle.terminate('test over');
  });

  it('reopens the window after a dismissal for the time it had left, so its end moves by the review’s length', async () => {
    await nextMorning();
    const { id, handle } = await nominate();
    const notice = await approveUpToPublicity(id);
    await handle.executeUpdate(objectUpdate, { args: [{ userId: null, reason: '怀疑材料造假' } satisfies Objection] });
    const check = await openTask(id, 'objection-review');
    const lodgedAt = await env.currentTimeMs();
    await env.sleep(26 * 3_600_000);
    const reviewedAt = await env.currentTimeMs();
    await decide(check, 'class-coordination', 'dismiss', { note: '经核实不属实' });

    const reopened = await arrival(() => db('notices').where({ id: notice.id, status: 'open' }).first(), 'the reopened window', 20_000);
    const shift = Date.parse(reopened.closes_at) - Date.parse(notice.closes_at);
    // Paused from the objection to the dismissal (give or take the moments the activities took).
    expect(shift).toBeGreaterThanOrEqual(reviewedAt - lodgedAt - 60_000);
    expect(shift).toBeLessThanOrEqual(reviewedAt - lodgedAt + 10 * 60_000);
    expect(await db('tasks').where({ submission_id: id, step: 'review' }).count({ n: '*' }).first()).toEqual({ n: 1 });
    expect(await handle.query(publicityStateQuery)).toMatchObject({ open: true, closesAt: reopened.closes_at, reviewing: false });
    await handle.terminate('test over');
  });

  it('applies the credit points, the notice and the email exactly once after a quiet window, though each first attempt fails', async () => {
    await nextMorning();
    const { id, handle } = await nominate();
    const notice = await approveUpToPublicity(id);
    const approvedOn = localDate(await env.currentTimeMs(), TZ);
    const calendar = await db('calendar_days').select('date', 'kind');
    expect(notice.closes_at).toBe(new Date(startOfLocalDay(addDays(nthWorkingDayAfter(approvedOn, 5, calendar), 1), TZ)).toISOString());
    await env.sleep(Date.parse(notice.closes_at) - (await env.currentTimeMs()) + 60_000);
    const result: LadderResult = await handle.result();

    expect(result).toMatchObject({ status: 'settled', stage: 'hq', action: 'approve' });
    expect(result.path.map((step) => step.outcome)).toEqual(['escalate', 'approve', 'closed']);
    expect(failures.sort()).toEqual(['awardCredit', 'publishNotice', 'sendEmail']);
    const hq = await db('users').where({ username: 'hq' }).first('id');
    const credit = await db('credit_entries').where({ submission_id: id }).select();
    expect(credit).toHaveLength(1);
    expect(credit[0]).toMatchObject({ enterprise_id: enterpriseId, points: 5, approver_id: hq.id, reason: '通报表扬，记入良好信用记录' });
    expect((await db('notices').where({ id: notice.id }).first()).status).toBe('closed');
    const published = await db('notices').where({ submission_id: id, kind: 'commendation' }).select();
    expect(published).toHaveLength(1);
    expect(await db('outbox').where({ submission_id: id, template: 'commendation-awarded' }).count({ n: '*' }).first()).toEqual({ n: 1 });
    expect(await db('submission_events').where({ submission_id: id, kind: 'effects.applied' }).count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('keeps hostile text in a nomination as text in the notice and escapes it in the email', async () => {
    await nextMorning();
    const { id, handle } = await nominate();
    const notice = await approveUpToPublicity(id);
    await env.sleep(Date.parse(notice.closes_at) - (await env.currentTimeMs()) + 60_000);
    await handle.result();

    const content = JSON.parse((await db('notices').where({ submission_id: id, kind: 'commendation' }).first()).content);
    // Rendered once: the nomination's "{{submissionId}}" stays as written, not filled in by the template engine.
    expect(content['zh-CN'].text).toContain(HOSTILE);
    expect(content.en.text).toContain(HOSTILE);
    const email = await db('outbox').where({ submission_id: id, template: 'commendation-awarded' }).first();
    expect(email.html_body).not.toContain('<script>');
    expect(email.html_body).not.toContain('<img');
    expect(email.html_body).toContain('&lt;script&gt;window.__pwned');
    expect(email.html_body).toContain('&lt;/script&gt; {{submissionId}} &lt;b&gt;加粗&lt;/b&gt; &amp; &lt;img');
    expect(email.text_body).toContain(HOSTILE);
  });
  it('tilts the evaluation: the points the approved commendation awarded lift its enterprise above its peers', async () => {
    // Two enterprises this file does not otherwise touch: equal before, one of them commended through the workflow.
    const [commended, peer] = (await db('users').whereIn('username', ['ent04', 'ent05']).orderBy('username').pluck('enterprise_id')).map(
      Number,
    );
    await nextMorning();
    const { id, handle } = await nominate(commended!);
    const notice = await approveUpToPublicity(id);
    await env.sleep(Date.parse(notice.closes_at) - (await env.currentTimeMs()) + 60_000);
    expect(await handle.result()).toMatchObject({ status: 'settled', action: 'approve' });

    const credit = await db('credit_entries').where({ submission_id: id }).first('enterprise_id', 'points', 'created_at');
    expect(credit).toMatchObject({ enterprise_id: commended, points: 5 });
    const period = currentYear(new Date(credit.created_at), TZ);
    const evaluate = (weights = DEFAULT_WEIGHTS) => evaluateEnterprises(db, [commended!, peer!], period, weights, TZ);
    const untilted = await evaluate({ ...DEFAULT_WEIGHTS, creditPoint: 0 });
    const tilted = await evaluate();
    const row = (rows: typeof tilted, enterprise: number) => rows.find((r) => r.enterpriseId === enterprise)!;
    expect(row(tilted, commended!).counts.creditPoint).toBe(5);
    expect(row(tilted, commended!).points.creditPoint).toBe(5 * DEFAULT_WEIGHTS.creditPoint);
    expect(row(tilted, commended!).score - row(untilted, commended!).score).toBeCloseTo(5 * DEFAULT_WEIGHTS.creditPoint);
    expect(row(untilted, commended!).score).toBe(row(untilted, peer!).score);
    expect([row(tilted, commended!).rank, row(tilted, peer!).rank]).toEqual([1, 2]);
  });
});
