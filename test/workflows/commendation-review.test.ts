// The shipped commendation (P6) on the time-skipping server: the service class's review is never skipped. The publicity
// and the published notice both say 经企业服务专班审核、指挥部批准, so a nomination the class leaves past its three
// working days stays with the class, flagged overdue, and headquarters is alerted daily; it reaches headquarters only
// once the class has reviewed it (v5 passed it up unreviewed, and the notice then claimed a review that never happened).
// HQ's approval is the top rung and never lapses either: past its three working days the nomination stays with HQ,
// flagged overdue, with a daily alert, as every top rung does (v6 as first drafted let it expire, silently lost).
import { describe, expect, it } from 'vitest';
import { addDays, localDate, nthWorkingDayAfter, startOfLocalDay } from '#core/domain/working-calendar';
import { readShippedForms } from '#forms/shipped-forms';
import { eventually } from '#scripts/kit/eventually';
import { ladderSuite } from '../helpers/ladder-suite';

const TZ = 'Asia/Shanghai';
const QUEUE = 'commendation-review-test';
const COMMENDATION = readShippedForms().find((form) => form.key === 'commendation')!;
const NOMINATION = { honour: '复工复产表现突出', deeds: '组织员工有序返岗，自建核酸检测点，防疫措施落实到位。' };
const endOfDay = (date: string) => new Date(startOfLocalDay(addDays(date, 1), TZ)).toISOString();

describe('commendation review (time-skipping server)', { timeout: 180_000 }, () => {
  const suite = ladderSuite(QUEUE, { startAtNineTomorrow: true });
  const { openTask, decide, stepsOf, sleepPast } = suite;
  const start = () => suite.start({ form: COMMENDATION, data: NOMINATION });
  const mailsLike = (pattern: string) =>
    suite.db('outbox').where('idempotency_key', 'like', pattern).orderBy('id').select('idempotency_key', 'to_address', 'subject');

  it('keeps a nomination the class has not reviewed with the class, flagged and alerting HQ daily, until it reviews it', async () => {
    const opened = localDate(await suite.skipping.env.currentTimeMs(), TZ);
    const { id, handle } = await start();
    const review = await openTask(id, 'review');
    const calendar = await suite.db('calendar_days').select('date', 'kind');
    expect(review.due_at).toBe(endOfDay(nthWorkingDayAfter(opened, 3, calendar)));
    await sleepPast(review.due_at);

    const alerts = () => mailsLike(`${review.id}/overdue-alert/%`);
    await eventually(alerts, (rows) => rows.length >= 1, 60_000);
    const hq = await suite.db('users').where({ role: 'hq' }).pluck('email');
    expect((await alerts()).map((row) => row.to_address)).toEqual(expect.arrayContaining([hq[0]]));
    expect((await alerts())[0]!.subject).toContain('超时督办');
    const flagged = await suite.db('tasks').where({ id: review.id }).first('status', 'overdue_since');
    expect(flagged.status).toBe('open');
    expect(flagged.overdue_since).toBeTruthy();
    // Nothing went to HQ for approval unreviewed; a day later HQ is alerted again.
    expect(await stepsOf(id)).toEqual(['review:open']);
    const first = (await alerts()).length;
    await suite.skipping.env.sleep(86_400_000);
    await eventually(alerts, (rows) => rows.length > first, 60_000);
    expect((await alerts()).at(-1)!.subject).toContain('第 2 天');
    expect(await stepsOf(id)).toEqual(['review:open']);

    await decide(await openTask(id, 'review'), 'class-coordination', 'escalate', { opinion: '事迹属实，建议表扬' });
    await openTask(id, 'hq');
    expect(await stepsOf(id)).toEqual(['review:done', 'hq:open']);
    await handle.terminate('test over');
  });

  it('keeps a nomination HQ has not decided with HQ, flagged and alerting HQ daily, until HQ approves it', async () => {
    const { id, handle } = await start();
    await decide(await openTask(id, 'review'), 'class-coordination', 'escalate', { opinion: '事迹属实，建议表扬' });
    const escalated = localDate(await suite.skipping.env.currentTimeMs(), TZ);
    const approval = await openTask(id, 'hq');
    const calendar = await suite.db('calendar_days').select('date', 'kind');
    expect(approval.due_at).toBe(endOfDay(nthWorkingDayAfter(escalated, 3, calendar)));
    await sleepPast(approval.due_at);

    const alerts = () => mailsLike(`${approval.id}/overdue-alert/%`);
    await eventually(alerts, (rows) => rows.length >= 1, 60_000);
    const hq = await suite.db('users').where({ role: 'hq' }).pluck('email');
    expect((await alerts()).map((row) => row.to_address)).toEqual(expect.arrayContaining([hq[0]]));
    expect((await alerts())[0]!.subject).toContain('超时督办');
    const flagged = await suite.db('tasks').where({ id: approval.id }).first('status', 'overdue_since');
    expect(flagged.status).toBe('open');
    expect(flagged.overdue_since).toBeTruthy();
    // Not lost: still HQ's to decide, and the nomination is not closed; a day later HQ is alerted again.
    expect(await stepsOf(id)).toEqual(['review:done', 'hq:open']);
    expect((await suite.db('submissions').where({ id }).first('status')).status).not.toMatch(/expired|rejected|settled/);
    const first = (await alerts()).length;
    await suite.skipping.env.sleep(86_400_000);
    await eventually(alerts, (rows) => rows.length > first, 60_000);
    expect((await alerts()).at(-1)!.subject).toContain('第 2 天');
    expect(await stepsOf(id)).toEqual(['review:done', 'hq:open']);

    await decide(await openTask(id, 'hq'), 'hq', 'approve', { opinion: '同意表扬' });
    await eventually(
      () => stepsOf(id),
      (steps) => steps[1] === 'hq:done',
    );
    expect((await stepsOf(id)).slice(0, 2)).toEqual(['review:done', 'hq:done']);
    await handle.terminate('test over');
  });
});
