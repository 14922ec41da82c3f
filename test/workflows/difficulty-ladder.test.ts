// The shipped difficulty report's ladder on the time-skipping server: cadre by the end of the day, the category's
// working group within a working day, headquarters within two; "return" stops the clock; reopen goes back a rung.
import { describe, expect, it } from 'vitest';
import { addDays, localDate, nthWorkingDayAfter, startOfLocalDay } from '#core/domain/working-calendar';
import { until } from '#scripts/kit/eventually';
import { readShippedForms } from '#forms/shipped-forms';
import type { LadderResult } from '#workflows/ladder-workflow';
import { difficultyRows } from '#core/stores/dashboard/figures/difficulty-rows';
import { ladderSuite } from '../helpers/ladder-suite';
import { replyUpdate, verdictUpdate } from '#workflows/enterprise-replies';
import { datetimeHelper } from '#core/mail/datetime-helper';

const TZ = 'Asia/Shanghai';
const QUEUE = 'difficulty-ladder-test';
const DIFFICULTY = readShippedForms().find((form) => form.key === 'difficulty-report')!;

/** Local midnight that ends `date` (Beijing time). */
const endOfDay = (date: string) => new Date(startOfLocalDay(addDays(date, 1), TZ)).toISOString();

// A loaded 2-core machine runs activities slowly; the cases wait on rows, never on wall-clock time.
describe('difficulty ladder (time-skipping server)', { timeout: 180_000 }, () => {
  // A server of its own per case: each starts from today with nothing left over from the case before.
  const suite = ladderSuite(QUEUE);
  const { openTask, decide, nextMorning } = suite;
  const start = (data: Record<string, unknown>, email: string | null = null) => suite.start({ form: DIFFICULTY, data, email });

  const tasksOf = (submissionId: string) =>
    suite
      .db('tasks')
      .where({ submission_id: submissionId })
      .orderBy('created_at')
      .orderBy('id')
      .select('step', 'status', 'due_at', 'created_at', 'candidate_group_id', 'assignee_user_id');

  it('gives a report escalated on the eve of a holiday until the end of the next working day at the group rung', async () => {
    await nextMorning();
    const today = localDate(await suite.skipping.env.currentTimeMs(), TZ);
    const holiday = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
      date: addDays(today, n),
      kind: 'holiday',
      name: '测试假期',
      updated_at: new Date().toISOString(),
    }));
    await suite.db('calendar_days').insert(holiday).onConflict('date').merge();
    try {
      const { id, handle } = await start({ category: 'transportation', summary: '物资运输车辆通行证' });
      await decide(await openTask(id, 'cadre'), 'cadre1', 'escalate', { note: '需专班协调通行证' });
      const group = await openTask(id, 'group');
      const calendar = await suite.db('calendar_days').select('date', 'kind');
      expect(group.due_at).toBe(endOfDay(nthWorkingDayAfter(addDays(today, 7), 1, calendar)));
      await handle.terminate('test over');
    } finally {
      await suite
        .db('calendar_days')
        .whereIn(
          'date',
          holiday.map((day) => day.date),
        )
        .delete();
    }
  });

  const mails = (submissionId: string) =>
    suite
      .db('outbox')
      .where({ submission_id: submissionId })
      .orderBy('id')
      .select('idempotency_key', 'template', 'to_address', 'subject', 'text_body');
  // As the emails write times (a deadline at midnight as the day before's 24:00; test/email/datetime-helper.unit.test.ts).
  const beijing = (iso: string) => datetimeHelper(TZ)(iso, 'zh-CN');

  /** Lets the open rung's SLA run out (plus a minute) and returns the next rung's open task. */
  async function breach(id: string, step: string, next: string) {
    const task = await openTask(id, step);
    await suite.skipping.env.sleep(Date.parse(task.due_at) - (await suite.skipping.env.currentTimeMs()) + 60_000);
    return openTask(id, next);
  }

  it('escalates at each rung when its SLA passes, and past HQ’s deadline keeps the case open there, flagged, alerting HQ daily', async () => {
    await nextMorning();
    const reported = localDate(await suite.skipping.env.currentTimeMs(), TZ);
    const at = new Date(await suite.skipping.env.currentTimeMs()).toISOString();
    const { id, handle } = await start({ category: 'materials', summary: '钢筋供应中断，已停工两天' }, 'ent01@example.com');
    await breach(id, 'cadre', 'group');
    const hqTask = await breach(id, 'group', 'hq');
    const calendar = await suite.db('calendar_days').select('date', 'kind');
    const [cadre, group] = await tasksOf(id);
    // Each rung starts when the one below breached, so its working days count from that local date.
    expect(cadre!.due_at).toBe(endOfDay(reported));
    expect(group!.due_at).toBe(endOfDay(nthWorkingDayAfter(localDate(cadre!.due_at, TZ), 1, calendar)));
    expect(hqTask.due_at).toBe(endOfDay(nthWorkingDayAfter(localDate(group!.due_at, TZ), 2, calendar)));
    const materials = await suite.db('working_groups').where({ key: 'materials' }).first('id');
    expect(group!.candidate_group_id).toBe(materials.id);

    // HQ lets its two working days pass: the case stays at HQ, open and flagged; HQ is alerted.
    await suite.skipping.env.sleep(Date.parse(hqTask.due_at) - (await suite.skipping.env.currentTimeMs()) + 60_000);
    const alerts = () =>
      suite
        .db('outbox')
        .where('idempotency_key', 'like', `${hqTask.id}/overdue-alert/%`)
        .where('to_address', 'hq@demo.fugong.local')
        .orderBy('id')
        .select('idempotency_key', 'to_address', 'subject');
    // The workflow writes its projections through activities a moment after the timer fires.
    await until(async () => (await alerts()).length === 1, 10_000, 'the first overdue alert to HQ');
    expect((await alerts())[0]).toMatchObject({
      idempotency_key: expect.stringContaining('/overdue-alert/0/'),
      to_address: 'hq@demo.fugong.local',
    });
    const flagged = await suite.db('tasks').where({ id: hqTask.id }).first('status', 'overdue_since');
    expect(flagged.status).toBe('open');
    expect(flagged.overdue_since).toBeTruthy();
    expect((await suite.db('submissions').where({ id }).first('status')).status).toBe('received');
    // The dashboard counts it open and breached (its rows read the breach line and the open status); the row was
    // written at the machine's time, before the server's skipped clock.
    const row = await difficultyRows(suite.db, 'all', {
      from: addDays(localDate(Date.now(), TZ), -1),
      to: addDays(reported, 7),
      timeZone: TZ,
      rowLimit: 100,
    })
      .where('s.id', id)
      .first();
    expect(row).toMatchObject({ open: 1, breached: 1 });
    const timeline = await suite.db('submission_events').where({ submission_id: id, kind: 'ladder.sla-breached' }).select('detail');
    expect(timeline.map((row) => JSON.parse(row.detail).stage)).toEqual(['cadre', 'group', 'hq']);
    // The enterprise hears it is overdue and still open, never that it is settled.
    const overdueMail = (await mails(id)).find((mail) => mail.idempotency_key === `${hqTask.id}/overdue/update`)!;
    expect(overdueMail.subject).toContain('已超时，仍在办理');
    expect(overdueMail.text_body).toContain(beijing(hqTask.due_at));
    expect((await mails(id)).map((mail) => mail.template)).not.toContain('submission-settled');

    // Nobody decides for a day: HQ is alerted again.
    await suite.skipping.env.sleep(86_400_000);
    await until(async () => (await alerts()).length === 2, 10_000, 'the second overdue alert to HQ');
    expect((await alerts())[1]!.subject).toContain('第 2 天');

    // HQ rejects at last: the rejection carries the reason and the right dates; still no "settled" email.
    const hqOpen = await openTask(id, 'hq');
    const decidedAt = new Date(await suite.skipping.env.currentTimeMs()).toISOString();
    await decide(hqOpen, 'hq', 'reject', { note: '属企业自身经营问题，不属于复工困难' });
    const result: LadderResult = await handle.result();
    expect(result).toMatchObject({
      status: 'rejected',
      stage: 'hq',
      path: [
        { stage: 'cadre', outcome: 'sla-breached' },
        { stage: 'group', outcome: 'sla-breached' },
        { stage: 'hq', outcome: 'sla-breached' },
        { stage: 'hq', outcome: 'reject' },
      ],
    });
    expect((await tasksOf(id)).map((t) => t.status)).toEqual(['escalated', 'escalated', 'done']);
    const sent = await mails(id);
    expect(sent.map((mail) => mail.template)).not.toContain('submission-settled');
    const rejection = sent.find((mail) => mail.subject.includes('不予受理'))!;
    expect(rejection.text_body).toContain('理由：属企业自身经营问题，不属于复工困难');
    expect(rejection.text_body).toContain(`您于 ${beijing(at)} 提交`);
    expect(rejection.text_body).toContain(`已于 ${beijing(decidedAt)} 决定不予受理`);
  });

  it('tells a settled case “settled” with the day it was submitted, not the day it closed', async () => {
    await nextMorning();
    const at = new Date(await suite.skipping.env.currentTimeMs()).toISOString();
    const { id, handle } = await start({ category: 'funds', summary: '农民工工资专户资金不足' }, 'ent01@example.com');
    await decide(await openTask(id, 'cadre'), 'cadre1', 'resolve', { resolution: '已协调银行放款', outcome: 'solved-on-site' });
    await until(
      async () => (await suite.db('submissions').where({ id }).first('status')).status === 'resolved',
      10_000,
      'the case resolved',
    );
    // The confirmation window (3 days) runs out in silence: the resolution stands.
    expect(await handle.result()).toMatchObject({ status: 'settled' });
    const settled = (await mails(id)).find((mail) => mail.template === 'submission-settled')!;
    expect(settled.text_body).toContain(`您于 ${beijing(at)} 提交`);
  });

  it('does not escalate a resolution made one minute before the deadline', async () => {
    await nextMorning();
    const { id, handle } = await start({ category: 'funds', summary: '农民工工资专户资金不足' });
    const task = await openTask(id, 'cadre');
    await suite.skipping.env.sleep(Date.parse(task.due_at) - (await suite.skipping.env.currentTimeMs()) - 60_000);
    await decide(task, 'cadre1', 'resolve', { resolution: '已协调银行放款', outcome: 'solved-on-site' });
    await until(
      async () => (await suite.db('submissions').where({ id }).first('status')).status === 'resolved',
      10_000,
      'the case resolved',
    );
    await suite.skipping.env.client.workflow
      .getHandle(handle.workflowId)
      .executeUpdate(verdictUpdate, { args: [{ userId: suite.submitter.id, verdict: 'confirm' }] });
    const result: LadderResult = await handle.result();
    expect(result).toMatchObject({ status: 'settled', stage: 'cadre', action: 'resolve', path: [{ stage: 'cadre', outcome: 'resolve' }] });
    expect((await tasksOf(id)).map((t) => t.status)).toEqual(['done']);
  });

  it('refuses to resolve without saying how, before the decision reaches history', async () => {
    await nextMorning();
    const { id, handle } = await start({ category: 'land', summary: '临时用地手续未批' });
    const task = await openTask(id, 'cadre');
    const refused = await decide(task, 'cadre1', 'resolve', { resolution: '已办' }).catch((error: Error) => error);
    expect(String((refused as Error & { cause?: Error }).cause?.message)).toMatch(/outcome/);
    expect((await tasksOf(id)).map((t) => t.status)).toEqual(['open']);
    await handle.terminate('test over');
  });

  it('stops the clock while the enterprise owes information and restarts it with the time that was left', async () => {
    await nextMorning();
    const { id, handle } = await start({ category: 'approvals', summary: '施工许可延期' });
    const first = await openTask(id, 'cadre');
    // Half of what is left of the day passes before the cadre sends the report back.
    await suite.skipping.env.sleep((Date.parse(first.due_at) - (await suite.skipping.env.currentTimeMs())) / 2);
    await decide(first, 'cadre1', 'return', { note: '请补充许可证编号' });
    await until(
      async () => (await suite.db('submissions').where({ id }).first('status')).status === 'returned',
      10_000,
      'the case returned',
    );
    const left = Date.parse(first.due_at) - (await suite.skipping.env.currentTimeMs());
    // Two days pass with the report back at the enterprise: long past the cadre's deadline, yet nothing escalates.
    await suite.skipping.env.sleep(2 * 86_400_000);
    expect((await tasksOf(id)).map((t) => [t.step, t.status])).toEqual([['cadre', 'done']]);
    const repliedAt = await suite.skipping.env.currentTimeMs();
    await suite.skipping.env.client.workflow
      .getHandle(handle.workflowId)
      .executeUpdate(replyUpdate, { args: [{ userId: suite.submitter.id, text: '许可证编号 370102202600123' }] });
    const second = await openTask(id, 'cadre');
    expect(Math.abs(Date.parse(second.due_at) - repliedAt - left)).toBeLessThan(5 * 60_000);
    await handle.terminate('test over');
  });

  it('sends a reopened case back to the rung that resolved it', async () => {
    await nextMorning();
    const { id, handle } = await start({ category: 'personnel_return', summary: '外省返岗工人无法入场' });
    await decide(await openTask(id, 'cadre'), 'cadre1', 'escalate', { note: '涉及外省协调' });
    await decide(await openTask(id, 'group'), 'class-personnel', 'resolve', {
      resolution: '已对接劳务输出地',
      outcome: 'coordinated',
      department: '人社局',
    });
    await until(
      async () => (await suite.db('submissions').where({ id }).first('status')).status === 'resolved',
      10_000,
      'the case resolved',
    );
    await suite.skipping.env.client.workflow
      .getHandle(handle.workflowId)
      .executeUpdate(verdictUpdate, { args: [{ userId: suite.submitter.id, verdict: 'reopen', reason: '工人仍未到岗' }] });
    await decide(await openTask(id, 'group'), 'class-personnel', 'resolve', {
      resolution: '专车接回 32 人',
      outcome: 'coordinated',
      department: '交通局',
    });
    // Nobody answers within the confirmation window: the resolution stands.
    const result: LadderResult = await handle.result();
    expect(result).toMatchObject({
      status: 'settled',
      stage: 'group',
      path: [
        { stage: 'cadre', outcome: 'escalate' },
        { stage: 'group', outcome: 'resolve' },
        { stage: 'group', outcome: 'resolve' },
      ],
    });
    expect((await tasksOf(id)).map((t) => [t.step, t.status])).toEqual([
      ['cadre', 'done'],
      ['group', 'done'],
      ['group', 'done'],
    ]);
    const kinds = (await suite.db('submission_events').where({ submission_id: id }).orderBy('id').select('kind')).map((row) => row.kind);
    expect(kinds).toEqual(expect.arrayContaining(['ladder.escalate', 'ladder.resolve', 'ladder.reopen', 'ladder.confirm-by-silence']));
  });
});
