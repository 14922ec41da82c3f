// The liaison designation campaign (P1) on the time-skipping server: an admin sets the deadline; reminders 2 days and
// 2 hours before it; enterprises still without a liaison at the deadline are reported to their cadre, as a follow-up
// task that, left open past its SLA, is flagged overdue and reported to the comprehensive-coordination group.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { atLocalTime } from '#core/domain/collection-plan';
import { addDays, localDate, nthWorkingDayAfter, startOfLocalDay } from '#core/domain/working-calendar';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import type { CollectionRoundResult } from '#workflows/collection-round-workflow';
import { openSqlite } from '../helpers/test-db';
import { eventually, fileReport, publishCopy, skipTo, startHarness, startRound, TZ, type Harness } from './collection-harness';

describe('liaison designation campaign (time-skipping server)', () => {
  let db: Knex;
  let h: Harness;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
  });
  beforeEach(async () => {
    h = await startHarness(db);
  });
  afterEach(async () => {
    await h?.stop();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('reminds two days and two hours before the deadline, then tells each cadre which enterprises have no liaison', async () => {
    const form = await publishCopy(db, 'liaison-designation', (params) => (params.target = { kind: 'list', enterpriseIds: [1, 2, 6] }));
    const opened = await skipTo(h.env, 1, '09:00');
    const deadline = new Date(atLocalTime(addDays(opened, 3), '18:00', TZ)).toISOString();
    const roundId = `${form.key}/campaign-test`;
    const handle = await startRound(h, form.key, { roundId, deadline, openedBy: null });
    await eventually(
      () => db('collection_reports').where({ round_id: roundId }).count({ n: '*' }).first(),
      (row) => Number(row!.n) === 3,
      'three report rows',
    );
    const reminders = () =>
      db('outbox').where('idempotency_key', 'like', `collection/${roundId}/remind-%`).orderBy('id').pluck('idempotency_key');

    await fileReport(h, db, form, 'ent01', { liaisonName: '张三', mobile: '13800138000', email: 'zhangsan@example.com' });
    await h.env.sleep(Date.parse(deadline) - 2 * 86_400_000 - (await h.env.currentTimeMs()) - 60_000);
    expect(await reminders()).toEqual([]);
    await h.env.sleep(120_000);
    await eventually(reminders, (keys) => keys.filter((k) => k.includes('/remind-0/')).length === 2, 'the two-day reminders');
    await h.env.sleep(Date.parse(deadline) - 2 * 3_600_000 - (await h.env.currentTimeMs()) + 60_000);
    await eventually(reminders, (keys) => keys.filter((k) => k.includes('/remind-1/')).length === 2, 'the two-hour reminders');

    const result: CollectionRoundResult = await handle.result();
    expect(result).toMatchObject({ roundId, expected: 3, missed: 2, sent: { 'remind-0': 2, 'remind-1': 2, 'escalate-0': 2 } });
    const toCadres = await db('outbox')
      .where('idempotency_key', 'like', `collection/${roundId}/escalate-0/%`)
      .orderBy('to_address')
      .pluck('to_address');
    expect(toCadres).toEqual(['cadre1@demo.fugong.local', 'cadre2@demo.fugong.local']);
    // The notice asks for the list "before February 17": a campaign's emails name its deadline, never the day it opened
    // as though the designation were a report of that day (尚未报送 2026-12-07 的《工作联络员指定》).
    const words = await db('outbox')
      .where('idempotency_key', 'like', `collection/${roundId}/%`)
      .select('idempotency_key', 'subject', 'text_body');
    const reminder = words.find((row) => row.idempotency_key.includes('/remind-0/'))!;
    expect(reminder.text_body).toContain('尚未报送《工作联络员指定》，截止时间为');
    const toCadre = words.find((row) => row.idempotency_key.includes('/escalate-0/'))!;
    expect(toCadre.subject).toMatch(/逾期未报：\d+ 家企业的《工作联络员指定》$/);
    expect(toCadre.text_body).toMatch(/前报送《工作联络员指定》，请督促补报/);
    for (const row of words) expect(`${row.subject}\n${row.text_body}`, row.idempotency_key).not.toContain(opened);
    // A designation after the deadline is still accepted, and marked late.
    await fileReport(h, db, form, 'ent02', { liaisonName: '李四', mobile: '13900139000', email: 'lisi@example.com' });
    const late = await db('collection_reports as r')
      .join('users as u', 'u.enterprise_id', 'r.enterprise_id')
      .where({ 'r.round_id': roundId, 'u.username': 'ent02' })
      .first('r.status');
    expect(late.status).toBe('late');
  });

  it('opens a follow-up task on each cadre’s inbox at the deadline, closes it when the designation arrives, and names the liaison on the enterprise', async () => {
    const form = await publishCopy(db, 'liaison-designation', (params) => (params.target = { kind: 'list', enterpriseIds: [2, 6] }));
    const opened = await skipTo(h.env, 1, '09:00');
    const deadline = new Date(atLocalTime(addDays(opened, 1), '18:00', TZ)).toISOString();
    const roundId = `${form.key}/campaign-follow-up`;
    const handle = await startRound(h, form.key, { roundId, deadline, openedBy: null });
    const result: CollectionRoundResult = await handle.result();
    expect(result).toMatchObject({ missed: 2, sent: { 'escalate-0': 2 }, followUps: { 'escalate-0': 2 } });

    const tasks = () =>
      db('tasks as t')
        .join('enterprises as e', 'e.id', 't.enterprise_id')
        .leftJoin('users as u', 'u.id', 't.assignee_user_id')
        .where('t.id', 'like', `${handle.workflowId}/escalate-0/%`)
        .orderBy('t.enterprise_id')
        .select('t.*', 'e.name as enterprise', 'u.username as assignee');
    const [second, sixth] = await tasks();
    expect([second.assignee, sixth.assignee]).toEqual(['cadre1', 'cadre2']);
    expect([second.status, sixth.status]).toEqual(['open', 'open']);
    expect(JSON.parse(second.title)['zh-CN']).toContain(second.enterprise);
    expect(second.search_text).toContain(second.enterprise);
    // SLA from params: one working day counted from the deadline, ending at local midnight.
    const calendar = await db('calendar_days').select('date', 'kind');
    const endOfDay = (date: string) => new Date(startOfLocalDay(addDays(date, 1), TZ)).toISOString();
    expect(second.due_at).toBe(endOfDay(nthWorkingDayAfter(localDate(deadline, TZ), 1, calendar)));
    // The email to the cadre stays the notice of the task (it says so, with the due time); no second "task assigned" email.
    const notice = await db('outbox').where('idempotency_key', 'like', `collection/${roundId}/escalate-0/cadre-%`).first('text_body');
    expect(notice.text_body).toContain('已在您的待办中开立跟进事项');
    expect(await db('outbox').where('idempotency_key', 'like', `${handle.workflowId}/escalate-0/%`).count({ n: '*' }).first()).toEqual({
      n: 0,
    });

    const designation = await fileReport(h, db, form, 'ent02', { liaisonName: '王五', mobile: '13700137000', email: 'wangwu@example.com' });
    const [closed, stillOpen] = await eventually(tasks, (rows) => rows[0]!.status === 'done', 'the follow-up to close');
    expect(closed.close_reason).toBe('report-received');
    expect(JSON.parse(closed.outcome)).toMatchObject({ kind: 'closed', note: { en: 'closed: work liaison designation received' } });
    expect(stillOpen.status).toBe('open');
    const enterprise = await db('enterprises').where({ id: 2 }).first('liaison_name', 'liaison_mobile', 'liaison_email');
    expect(enterprise).toEqual({ liaison_name: '王五', liaison_mobile: '13700137000', liaison_email: 'wangwu@example.com' });
    const audit = await db('audit_log').where({ target_type: 'enterprise', target_id: '2', action: 'enterprise.liaison' }).pluck('summary');
    const change = audit.map((summary: string) => JSON.parse(summary)).filter((entry) => entry.submissionId === designation);
    // The audit entry keeps the mobile masked: admins read an enterprise's mobile only in an audited full export.
    expect(change).toEqual([
      expect.objectContaining({ after: { liaison_name: '王五', liaison_mobile: '137****7000', liaison_email: 'wangwu@example.com' } }),
    ]);

    // A retried escalation step (a worker restart) opens nothing twice and reopens nothing.
    const activities = createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ });
    const again = await activities.openCollectionFollowUps({
      roundId,
      workflowId: handle.workflowId,
      index: 0,
      to: 'cadre',
      task: { sla: '1 working day' },
      at: deadline,
    });
    expect(again.items).toBe(1);
    expect((await tasks()).map((row) => row.status)).toEqual(['done', 'open']);
  });
  it('flags a cadre’s follow-up overdue when its working day runs out, and alerts the coordination group once', async () => {
    const form = await publishCopy(db, 'liaison-designation', (params) => (params.target = { kind: 'list', enterpriseIds: [2, 6] }));
    const opened = await skipTo(h.env, 1, '09:00');
    const deadline = new Date(atLocalTime(addDays(opened, 1), '18:00', TZ)).toISOString();
    const roundId = `${form.key}/campaign-breach`;
    const handle = await startRound(h, form.key, { roundId, deadline, openedBy: null });
    const tasks = () =>
      db('tasks as t')
        .join('enterprises as e', 'e.id', 't.enterprise_id')
        .where('t.id', 'like', `${handle.workflowId}/escalate-0/%`)
        .orderBy('t.enterprise_id')
        .select('t.id', 't.status', 't.due_at', 't.overdue_since', 'e.name');
    // Past the deadline, before the follow-ups' working day ends: ent02 names its liaison, ent06 does not.
    await h.env.sleep(Date.parse(deadline) - (await h.env.currentTimeMs()) + 10 * 60_000);
    await eventually(tasks, (rows) => rows.length === 2, 'the two follow-ups');
    await fileReport(h, db, form, 'ent02', { liaisonName: '赵六', mobile: '13600136000', email: 'zhaoliu@example.com' });
    await eventually(tasks, (rows) => rows[0]!.status === 'done', 'ent02’s follow-up to close');

    const result: CollectionRoundResult = await handle.result();
    expect(result).toMatchObject({ followUps: { 'escalate-0': 2 }, overdueFollowUps: { 'escalate-0': 1 } });
    const [closed, overdue] = await tasks();
    expect(closed).toMatchObject({ status: 'done', overdue_since: null });
    // Still open at the cadre's, flagged from the moment its SLA ran out.
    expect(overdue.status).toBe('open');
    expect(overdue.overdue_since).toBe(overdue.due_at);

    const alerts = () => db('outbox').where('idempotency_key', 'like', `${handle.workflowId}/follow-up-breach-0/%`).orderBy('to_address');
    const coordination = await db('users as u')
      .join('working_groups as g', 'g.id', 'u.working_group_id')
      .where({ 'g.key': 'coordination', 'u.active': true })
      .whereNotNull('u.email')
      .orderBy('u.email')
      .pluck('u.email');
    const sent = await alerts();
    expect(coordination.length).toBeGreaterThan(0);
    expect(sent.map((row) => row.to_address)).toEqual(coordination);
    const cadre = await db('users as u')
      .join('cadre_assignments as a', 'a.cadre_id', 'u.id')
      .where({ 'a.enterprise_id': 6 })
      .whereNull('a.ended_at')
      .first('u.display_name');
    expect(sent[0].subject).toContain('1 家企业');
    expect(sent[0].text_body).toContain(`${overdue.name}（包挂干部：${cadre.display_name}）`);
    expect(sent[0].text_body).not.toContain(closed.name);

    // A retried breach step (a worker restart) flags and sends nothing more.
    const activities = createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ });
    const again = await activities.flagCollectionFollowUpBreach({
      roundId,
      workflowId: handle.workflowId,
      index: 0,
      at: overdue.overdue_since,
    });
    expect(again).toEqual({ overdue: 1, alerted: coordination.length });
    expect((await alerts()).length).toBe(sent.length);
    expect((await tasks())[1]!.overdue_since).toBe(overdue.overdue_since);
  });

  it('tells every enterprise at opening to name its liaison by the deadline, and mails the office the list at the deadline', async () => {
    const form = await publishCopy(db, 'liaison-designation', (params) => (params.target = { kind: 'list', enterpriseIds: [1, 2, 6] }));
    const opened = await skipTo(h.env, 1, '09:00');
    const deadline = new Date(atLocalTime(addDays(opened, 1), '18:00', TZ)).toISOString();
    const roundId = `${form.key}/campaign-office`;
    const handle = await startRound(h, form.key, { roundId, deadline, openedBy: null });
    const enterpriseAccounts = await db('users')
      .whereIn('enterprise_id', [1, 2, 6])
      .where({ role: 'enterprise', active: true })
      .pluck('email');
    const openingNotices = () =>
      db('outbox')
        .where('idempotency_key', 'like', `collection/${roundId}/open-0/%`)
        .orderBy('to_address')
        .select('to_address', 'subject', 'text_body');
    // Before the first reminder (two days before the deadline is already past): the opening notice is the only word.
    const notices = await eventually(openingNotices, (rows) => rows.length === enterpriseAccounts.length, 'the opening notices');
    expect(notices.map((row) => row.to_address)).toEqual([...enterpriseAccounts].sort());
    expect(notices[0].subject).toMatch(/^【复工】请于 .+ 前报送《工作联络员指定》$/);
    expect(notices[0].text_body).toContain('已发起《工作联络员指定》征集');
    expect(notices[0].text_body).toContain('前登录复工平台填报');

    await fileReport(h, db, form, 'ent01', { liaisonName: '张三', mobile: '13800138000', email: 'zhangsan@example.com' });
    const result: CollectionRoundResult = await handle.result();
    expect(result.sent).toMatchObject({ 'open-0': enterpriseAccounts.length, 'liaison-list': 1 });

    const lists = await db('outbox').where('idempotency_key', 'like', `collection/${roundId}/liaison-list/%`).select('*');
    expect(lists.map((row) => [row.idempotency_key, row.to_address])).toEqual([
      [`collection/${roundId}/liaison-list/deadline/sjwjzyglc@jn.shandong.cn`, 'sjwjzyglc@jn.shandong.cn'],
    ]);
    const [list] = lists;
    const names = await db('enterprises').whereIn('id', [1, 2, 6]).orderBy('id').pluck('name');
    expect(list.subject).toBe('【复工】《工作联络员指定》联络员名单：1 家已指定，2 家尚未指定');
    // The office reaches the liaisons through this list: the mobile is in full.
    expect(list.text_body).toContain(`- ${names[0]}｜张三｜13800138000｜zhangsan@example.com`);
    expect(list.html_body).toContain('<td>13800138000</td>');
    const cadreOf = async (enterpriseId: number) =>
      (
        await db('users as u')
          .join('cadre_assignments as a', 'a.cadre_id', 'u.id')
          .where({ 'a.enterprise_id': enterpriseId })
          .whereNull('a.ended_at')
          .first('u.display_name')
      ).display_name;
    expect(list.text_body).toContain(`- ${names[1]}（包挂干部：${await cadreOf(2)}）`);
    expect(list.text_body).toContain(`- ${names[2]}（包挂干部：${await cadreOf(6)}）`);
    expect(list.text_body).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

    const audits = () => db('audit_log').where({ action: 'collection.liaison_list.send', target_id: roundId }).select('*');
    const [audit] = await audits();
    expect(audit).toMatchObject({ actor_id: null, target_type: 'collection_round', created_at: deadline });
    expect(JSON.parse(audit.summary)).toEqual({ formKey: form.key, to: ['sjwjzyglc@jn.shandong.cn'], rows: 1, missing: 2 });

    // A retried step (a worker restart after the email was written) sends and audits nothing twice.
    const activities = createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ });
    await activities.sendLiaisonList({ roundId, occasion: 'deadline', at: deadline });
    expect(await db('outbox').where('idempotency_key', 'like', `collection/${roundId}/liaison-list/%`).count({ n: '*' }).first()).toEqual({
      n: 1,
    });
    expect(await audits()).toHaveLength(1);
  });
});
