// The daily progress report's round on the time-skipping server, with the shipped P3 defaults: reminder at 15:00,
// deadline 17:00 (overdue to the enterprise and its cadre), bulletin 17:30, the comprehensive-coordination group at
// 09:00 the next morning. Reports on time, late and missing; an amendment keeps the history.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { prepareDatabase } from '#core/bootstrap';
import { atLocalTime } from '#core/domain/collection-plan';
import type { FormDefinition } from '#forms/form-definition';
import type { CollectionRoundResult } from '#workflows/collection-round-workflow';
import { openSqlite } from '../helpers/test-db';
import { eventually, fileReport, publishCopy, skipTo, startHarness, startRound, TZ, type Harness } from './collection-harness';
import { decideUpdate } from '#workflows/human-task-contract';

const REPORT = {
  projectsStarted: 2,
  projectsReady: 1,
  projectsDelayed: 0,
  workersOnSite: 120,
  returnedToday: 8,
  awaitingReturn: 15,
  masks: 3000,
  disinfectant: 40,
  thermometers: 12,
};

describe('daily report round (time-skipping server)', () => {
  let db: Knex;
  let h: Harness;
  let form: FormDefinition;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
  });
  // A server of its own per case, and a form of its own, so rounds of different cases never share an id.
  beforeEach(async () => {
    h = await startHarness(db);
    form = await publishCopy(db, 'daily-report');
  });
  afterEach(async () => {
    await h?.stop();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const outbox = (template: string, roundId: string) =>
    db('outbox')
      .where({ template })
      .andWhere('idempotency_key', 'like', `collection/${roundId}/%`)
      .orderBy('id')
      .select('idempotency_key', 'to_address', 'subject', 'text_body', 'html_body');
  const reportOf = (roundId: string, username: string) =>
    db('collection_reports as r')
      .join('users as u', 'u.enterprise_id', 'r.enterprise_id')
      .where({ 'r.round_id': roundId, 'u.username': username })
      .first('r.*');

  it('marks reports on time, late and missed; reminds at 15:00; tells enterprise and cadre at 17:00 and the group at 09:00 next day', async () => {
    const today = await skipTo(h.env, 1, '09:00');
    const handle = await startRound(h, form.key);
    const roundId = `${form.key}/${today}`;
    const expected = Number((await db('enterprises').count({ n: '*' }).first())!.n);
    await eventually(
      () => db('collection_reports').where({ round_id: roundId }).count({ n: '*' }).first(),
      (row) => Number(row!.n) === expected,
      'report rows',
    );
    const round = await db('collection_rounds').where({ id: roundId }).first();
    expect(round.deadline_at).toBe(new Date(atLocalTime(today, '17:00', TZ)).toISOString());

    await skipTo(h.env, 0, '10:00', today);
    const onTime = await fileReport(h, db, form, 'ent01', REPORT);
    expect(await reportOf(roundId, 'ent01')).toMatchObject({ status: 'on_time', submission_id: onTime });

    await skipTo(h.env, 0, '14:59', today);
    expect(await outbox('collection-reminder', roundId)).toEqual([]);
    await skipTo(h.env, 0, '15:01', today);
    const reminders = await eventually(
      () => outbox('collection-reminder', roundId),
      (rows) => rows.length === expected - 1,
      'reminders',
    );
    expect(reminders.map((r) => r.to_address)).not.toContain('ent01@demo.fugong.local');
    expect(reminders.map((r) => r.to_address)).toContain('ent02@demo.fugong.local');

    await skipTo(h.env, 0, '17:01', today);
    await eventually(
      () => outbox('collection-overdue', roundId),
      (rows) => rows.filter((r) => r.idempotency_key.includes('/escalate-1/')).length === 3,
      'overdue emails to the three cadres',
    );
    expect(await reportOf(roundId, 'ent02')).toMatchObject({ status: 'missed', submission_id: null });
    const overdue = await outbox('collection-overdue', roundId);
    expect(overdue.filter((r) => r.idempotency_key.includes('/escalate-0/')).map((r) => r.to_address)).toContain('ent02@demo.fugong.local');
    const toCadre1 = overdue.find((r) => r.to_address === 'cadre1@demo.fugong.local')!;
    expect(toCadre1.subject).toMatch(/逾期未报：4 家企业/);
    expect(overdue.some((r) => r.to_address.startsWith('class-'))).toBe(false);

    await skipTo(h.env, 0, '17:10', today);
    const late = await fileReport(h, db, form, 'ent02', { ...REPORT, workersOnSite: 30 });
    expect(await reportOf(roundId, 'ent02')).toMatchObject({ status: 'late', submission_id: late });

    await skipTo(h.env, 0, '17:31', today);
    const bulletin = await eventually(
      () => db('collection_bulletins').where({ round_id: roundId }).first(),
      (row) => Boolean(row),
      'the bulletin',
    );
    const data = JSON.parse(bulletin.data)['zh-CN'];
    expect(data).toMatchObject({ expected, onTime: 1, late: 1, missing: expected - 2 });
    expect(data.totals.find((t: { field: string }) => t.field === 'workersOnSite').value).toBe(150);
    // 003 防控物资保障: the two reports' epidemic-prevention stock, totalled under the form's own titles.
    const stock = data.totals.filter((t: { field: string }) => ['masks', 'disinfectant', 'thermometers'].includes(t.field));
    expect(stock).toEqual([
      { field: 'masks', label: '口罩库存（只）', value: 6000 },
      { field: 'disinfectant', label: '消毒液库存（升）', value: 80 },
      { field: 'thermometers', label: '体温计库存（支）', value: 24 },
    ]);
    const bulletins = await eventually(
      () => outbox('collection-bulletin', roundId),
      (rows) => rows.length === 3,
      'bulletin emails to admin and both HQ members',
    );
    expect(bulletins.map((r) => r.to_address).sort()).toEqual(['admin@demo.fugong.local', 'hq2@demo.fugong.local', 'hq@demo.fugong.local']);
    expect(bulletins[0]!.text_body).toContain('- 口罩库存（只）：6000');
    expect(bulletins[0]!.text_body).toContain('- 体温计库存（支）：24');

    await skipTo(h.env, 1, '08:59', today);
    expect((await outbox('collection-overdue', roundId)).filter((r) => r.to_address.startsWith('class-'))).toEqual([]);
    await skipTo(h.env, 1, '09:01', today);
    const group = await eventually(
      () => outbox('collection-overdue', roundId),
      (rows) => rows.some((r) => r.to_address === 'class-coordination@demo.fugong.local'),
      'the group escalation',
    );
    const toGroup = group.find((r) => r.to_address === 'class-coordination@demo.fugong.local')!;
    expect(toGroup.text_body).not.toContain(
      await db('enterprises')
        .join('users', 'users.enterprise_id', 'enterprises.id')
        .where('users.username', 'ent02')
        .first('enterprises.name')
        .then((e) => e.name),
    );
    expect((await reportOf(roundId, 'ent03')).escalated_to).toBe('group:coordination');

    const result: CollectionRoundResult = await handle.result();
    expect(result).toMatchObject({
      roundId,
      expected,
      missed: expected - 1,
      sent: { 'remind-0': expected - 1, 'escalate-0': expected - 1, 'escalate-1': 3, 'escalate-2': 1, 'bulletin-0': 3 },
    });
    // Sent once each, whatever retries happened: one outbox row per key.
    const keys = (await db('outbox').where('idempotency_key', 'like', `collection/${roundId}/%`).pluck('idempotency_key')) as string[];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps every version when an enterprise amends its report, and hostile text stays text in the bulletin', async () => {
    const today = await skipTo(h.env, 1, '09:00');
    const handle = await startRound(h, form.key);
    const roundId = `${form.key}/${today}`;
    await eventually(
      () => db('collection_reports').where({ round_id: roundId }).count({ n: '*' }).first(),
      (row) => Number(row!.n) > 0,
      'report rows',
    );
    await skipTo(h.env, 0, '11:00', today);
    const first = await fileReport(h, db, form, 'ent01', REPORT);
    await skipTo(h.env, 0, '17:20', today);
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const second = await fileReport(h, db, form, 'ent01', { ...REPORT, masks: 100, difficulties: hostile });
    // One report per enterprise per day: still on time (the first decided), now pointing at the amendment.
    expect(await reportOf(roundId, 'ent01')).toMatchObject({ status: 'on_time', submission_id: second, amendments: 1 });
    const versions = await db('collection_report_versions')
      .where({ round_id: roundId })
      .orderBy('submitted_at')
      .select('submission_id', 'late', 'superseded_by');
    expect(versions).toEqual([
      { submission_id: first, late: 0, superseded_by: second },
      { submission_id: second, late: 1, superseded_by: null },
    ]);
    expect(JSON.parse((await db('submissions').where({ id: second }).first('result')).result)).toMatchObject({
      roundId,
      punctuality: 'on_time',
      amends: first,
    });
    expect(await db('submission_events').where({ submission_id: first, kind: 'collection.amended' }).first()).toBeTruthy();

    await skipTo(h.env, 0, '17:31', today);
    const bulletin = await eventually(
      () => db('collection_bulletins').where({ round_id: roundId }).first(),
      (row) => Boolean(row),
      'the bulletin',
    );
    const rendered = JSON.parse(bulletin.rendered)['zh-CN'];
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.html).not.toContain('<img');
    expect(rendered.html).toContain('&lt;script&gt;');
    expect(JSON.parse(bulletin.data)['zh-CN'].totals.find((t: { field: string }) => t.field === 'masks').value).toBe(100);
    await handle.terminate('test over');
  });

  describe('the 09:00 follow-up task of the comprehensive-coordination group', () => {
    const items = (taskId: string) =>
      db('task_items as i')
        .join('enterprises as e', 'e.id', 'i.enterprise_id')
        .leftJoin('users as c', 'c.id', 'i.cadre_id')
        .where('i.task_id', taskId)
        .orderBy('i.enterprise_id')
        .select('i.enterprise_id', 'i.status', 'i.close_reason', 'c.username as cadre');

    async function roundToNineNextMorning(enterpriseIds: number[]) {
      form = await publishCopy(db, 'daily-report', (params) => (params.target = { kind: 'list', enterpriseIds }));
      const today = await skipTo(h.env, 1, '09:00');
      const handle = await startRound(h, form.key);
      await eventually(
        () =>
          db('collection_reports')
            .where({ round_id: `${form.key}/${today}` })
            .count({ n: '*' })
            .first(),
        (row) => Number(row!.n) === enterpriseIds.length,
        'report rows',
      );
      await skipTo(h.env, 0, '10:00', today);
      await fileReport(h, db, form, 'ent01', REPORT);
      await skipTo(h.env, 1, '09:01', today);
      const taskId = `${handle.workflowId}/escalate-2`;
      const task = await eventually(
        () => db('tasks').where({ id: taskId }).first(),
        (row) => Boolean(row),
        'the group task',
      );
      return { handle, task, taskId };
    }

    it('lists the missing enterprises with their cadres, and each row closes as its report arrives, then the task', async () => {
      const { handle, task, taskId } = await roundToNineNextMorning([1, 2, 6]);
      const coordination = await db('working_groups').where({ key: 'coordination' }).first('id');
      expect(task).toMatchObject({
        status: 'open',
        candidate_role: 'special_class',
        candidate_group_id: coordination.id,
        step: 'follow-up-2',
      });
      expect(JSON.parse(task.title)['zh-CN']).toMatch(/未报企业跟进（2 家）/);
      expect(await items(taskId)).toEqual([
        { enterprise_id: 2, status: 'open', close_reason: null, cadre: 'cadre1' },
        { enterprise_id: 6, status: 'open', close_reason: null, cadre: 'cadre2' },
      ]);
      // The email to the group stays the notice of the task, and says so.
      const notices = await outbox('collection-overdue', `${form.key}/%`);
      const notice = notices.find((r) => r.to_address === 'class-coordination@demo.fugong.local');
      expect(notice?.text_body).toContain('已在您的待办中开立跟进事项');

      await fileReport(h, db, form, 'ent02', REPORT);
      await eventually(
        () => items(taskId),
        (rows) => rows[0]!.status === 'closed',
        'the first row to close',
      );
      expect((await items(taskId)).map((row) => [row.enterprise_id, row.status, row.close_reason])).toEqual([
        [2, 'closed', 'report-received'],
        [6, 'open', null],
      ]);
      expect((await db('tasks').where({ id: taskId }).first('status')).status).toBe('open');

      await fileReport(h, db, form, 'ent06', REPORT);
      const closed = await eventually(
        () => db('tasks').where({ id: taskId }).first(),
        (row) => row.status === 'done',
        'the task to close',
      );
      expect(closed.close_reason).toBe('report-received');
      expect(JSON.parse(closed.outcome)).toMatchObject({ kind: 'closed', reason: 'report-received' });
      const result: CollectionRoundResult = await handle.result();
      expect(result.followUps).toEqual({ 'escalate-2': 2 });
      // Its SLA passing later changes nothing on a task the reports closed.
      expect((await db('tasks').where({ id: taskId }).first('status')).status).toBe('done');
    });

    it('closes by a group member’s decision, and refuses a cadre', async () => {
      const { handle, taskId } = await roundToNineNextMorning([1, 3]);
      const decide = async (username: string) => {
        const user = await db('users').where({ username }).first('id', 'role', 'working_group_id');
        return h.env.client.workflow.getHandle(handle.workflowId).executeUpdate(decideUpdate, {
          args: [
            {
              taskId,
              action: 'acknowledge',
              data: { note: '已电话督促' },
              comment: '',
              actor: { userId: user.id, role: user.role, workingGroupId: user.working_group_id ?? null },
            },
          ],
        });
      };
      await expect(decide('cadre1')).rejects.toThrow();
      await decide('class-coordination');
      await handle.result();
      const task = await db('tasks').where({ id: taskId }).first();
      expect(task).toMatchObject({ status: 'done', close_reason: 'decided:acknowledge' });
      expect((await items(taskId)).map((row) => row.status)).toEqual(['open']);
    });
  });
});
