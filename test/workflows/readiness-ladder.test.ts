// The shipped resumption-readiness inspection (P2) on the time-skipping server, as seed 003 runs it: after the
// enterprise's self-check, the town/street inspection team, the joint inspection team and the industry regulator inspect
// in turn, each an organisation unit with members. A level that runs out of time stays at that level, flagged overdue,
// alerting its supervisors daily — it is never skipped. A return for rework has its own deadline with a reminder; past
// it the case is flagged, the level's body alerted and the case is back with it. The town/street team's pass clears the
// enterprise's projects to resume (003: 镇(街)…检查…达到要求才能复工), with the date and the body; the joint team and the
// regulator inspect an enterprise already cleared, and their fail suspends that clearance until a new readiness case
// passes the town/street team again.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addDays, localDate, nthWorkingDayAfter, startOfLocalDay } from '#core/domain/working-calendar';
import { readShippedForms } from '#forms/shipped-forms';
import type { LadderResult } from '#workflows/ladder-workflow';
import { replyUpdate } from '#workflows/enterprise-replies';
import { eventually } from '#scripts/kit/eventually';
import { enterpriseTodo } from '#web/server/todo/enterprise-todo';
import { ladderSuite } from '../helpers/ladder-suite';

const TZ = 'Asia/Shanghai';
const QUEUE = 'readiness-ladder-test';
const READINESS = readShippedForms().find((form) => form.key === 'resumption-readiness')!;
const inPlace = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, { done: true }]));
const SURVEY = {
  projectsStarted: 0,
  projectsReady: 2,
  projectsDelayed: 0,
  workersBack: 120,
  fourInPlace: inPlace('mechanism', 'screening', 'facilities', 'management'),
  eightOnes: inPlace('healthReport', 'temperature', 'mask', 'isolationRoom', 'hotline', 'patrioticHealth', 'healthEducation', 'humaneCare'),
  commitment: true,
};
const endOfDay = (date: string) => new Date(startOfLocalDay(addDays(date, 1), TZ)).toISOString();

describe('resumption readiness inspection (time-skipping server)', { timeout: 180_000 }, () => {
  const suite = ladderSuite(QUEUE, { startAtNineTomorrow: true });
  const { openTask, decide, stepsOf, sleepPast } = suite;
  const start = (enterpriseId?: number) => suite.start({ form: READINESS, data: SURVEY, enterpriseId });

  /** An enterprise of its own per case, with two projects not yet cleared, so each case sees only its own clearance. */
  async function freshEnterprise(): Promise<{ enterpriseId: number; projectIds: number[] }> {
    const suffix = randomUUID().slice(0, 8);
    const [row] = await suite
      .db('enterprises')
      .insert({
        name: `核查企业 ${suffix}`,
        credit_code: `T${suffix}`.padEnd(18, '0').toUpperCase(),
        type: 'construction',
        created_at: new Date().toISOString(),
      })
      .returning('id');
    const enterpriseId = Number((row as { id: number }).id);
    const projectIds: number[] = [];
    for (const [name, status] of [
      ['一号楼', 'ready'],
      ['二号楼', 'delayed'],
    ]) {
      const [project] = await suite.db('projects').insert({ enterprise_id: enterpriseId, name, status, major: false }).returning('id');
      projectIds.push(Number((project as { id: number }).id));
    }
    return { enterpriseId, projectIds };
  }

  const bodyId = async (key: string) => Number((await suite.db('working_groups').where({ key }).first('id', 'kind')).id);
  const mailsLike = (pattern: string) =>
    suite
      .db('outbox')
      .where('idempotency_key', 'like', pattern)
      .orderBy('id')
      .select('idempotency_key', 'to_address', 'subject', 'text_body');

  it('passes the town/street team, the joint team and the regulator in order; the town/street pass clears the projects to resume', async () => {
    const { enterpriseId, projectIds } = await freshEnterprise();
    const { id, handle } = await start(enterpriseId);
    const town = await openTask(id, 'town');
    expect(town).toMatchObject({ candidate_role: 'special_class', candidate_group_id: await bodyId('town-inspection') });
    // A body's task is decided by its members only: the service class's coordination group is out of scope.
    const outsider = await decide(town, 'class-coordination', 'escalate', { findings: '越权' }).catch((error: Error) => error);
    expect(String((outsider as Error & { cause?: Error }).cause?.message)).toMatch(/may not decide/);
    const uncleared = await suite.db('projects').whereIn('id', projectIds).whereNotNull('cleared_at');
    expect(uncleared).toEqual([]);
    await decide(town, 'inspector-town', 'escalate', { findings: '四个到位已落实' });
    const joint = await openTask(id, 'joint');
    // Cleared once the town/street team passes it, before the joint team has looked: both projects, that body, its member.
    const townInspector = await suite.db('users').where({ username: 'inspector-town' }).first('id');
    const clearedNow = await suite
      .db('projects')
      .whereIn('id', projectIds)
      .orderBy('id')
      .select('cleared_by_group_id', 'cleared_by_user_id');
    expect(clearedNow).toEqual(
      projectIds.map(() => ({ cleared_by_group_id: town.candidate_group_id, cleared_by_user_id: townInspector.id })),
    );
    const told = await eventually(
      () => mailsLike(`%${id}%/update%`),
      (rows) => rows.length >= 1,
    );
    expect(String(told[0].text_body)).toContain('本级核查已通过，项目已准予复工；已转入“复工联合检查组核查”环节继续核查。');
    expect(joint.candidate_group_id).toBe(await bodyId('joint-inspection'));
    await decide(joint, 'inspector-joint', 'return', { note: '请补充消毒记录照片' });
    await eventually(
      () => suite.db('submissions').where({ id }).first('status'),
      (row) => row.status === 'returned',
    );
    await suite.skipping.env.client.workflow
      .getHandle(handle.workflowId)
      .executeUpdate(replyUpdate, { args: [{ userId: suite.submitter.id, text: '已上传消毒记录' }] });
    await decide(await openTask(id, 'joint'), 'inspector-joint', 'escalate', { findings: '整改到位' });
    const regulator = await openTask(id, 'regulator');
    expect(regulator.candidate_group_id).toBe(await bodyId('industry-regulator'));
    await decide(regulator, 'inspector-industry-regulator', 'approve', { findings: '同意复工' });

    const result: LadderResult = await handle.result();
    expect(result).toMatchObject({ status: 'settled', stage: 'regulator', action: 'approve' });
    expect(result.path.map((step) => `${step.stage}:${step.outcome}`)).toEqual(['town:escalate', 'joint:escalate', 'regulator:approve']);
    expect(await stepsOf(id)).toEqual(['town:done', 'joint:done', 'joint:done', 'regulator:done']);

    // Cleared to resume once, by the town/street pass: both projects, with the date and that body; audited; on the
    // case's timeline; the later levels leave it as it was.
    const projects = await suite.db('projects').whereIn('id', projectIds).orderBy('id');
    const clearances = await suite
      .db('submission_events')
      .where({ submission_id: id, kind: 'ladder.cleared-to-resume' })
      .select('detail', 'at');
    expect(clearances).toHaveLength(1);
    const detail = JSON.parse(clearances[0].detail);
    expect(detail).toMatchObject({
      by: townInspector.id,
      body: { 'zh-CN': '镇（街道）检查组', en: 'Town/street inspection team' },
      projectIds,
    });
    for (const project of projects) {
      expect(project).toMatchObject({
        cleared_at: detail.clearedAt,
        cleared_by_group_id: await bodyId('town-inspection'),
        cleared_by_user_id: townInspector.id,
        cleared_submission_id: id,
      });
      // Status stays what the enterprise reports; clearance is its own fact.
      expect(['ready', 'delayed']).toContain(project.status);
    }
    const audits = await suite
      .db('audit_log')
      .where({ action: 'project.cleared-to-resume', target_type: 'project' })
      .whereIn('target_id', projectIds.map(String));
    expect(audits).toHaveLength(2);
    expect((await suite.db('submissions').where({ id }).first('status')).status).toBe('settled');
  });

  it('a fail at the joint team suspends the clearance (says by whom, when, and how to regain it); a new case passed by the town/street team restores it', async () => {
    const { enterpriseId, projectIds } = await freshEnterprise();
    const resumptionNow = async () =>
      (await enterpriseTodo(suite.db, enterpriseId, TZ, new Date(await suite.skipping.env.currentTimeMs()), { offset: 0, limit: 20 }))
        .resumption!;
    const first = await start(enterpriseId);
    await decide(await openTask(first.id, 'town'), 'inspector-town', 'escalate', { findings: '四个到位已落实' });
    await decide(await openTask(first.id, 'joint'), 'inspector-joint', 'reject', { note: '隔离留观室被挪作仓库，八个一未落实' });
    expect(await first.handle.result()).toMatchObject({ status: 'rejected', stage: 'joint' });
    // The enterprise is told with the reason, that the clearance is suspended, and which pass restores it.
    const failedMail = await eventually(
      () => mailsLike(`submission-${first.id}/%/decision/update`),
      (rows) => rows.some((row) => String(row.subject).includes('核查不通过')),
    );
    const told = failedMail.find((row) => String(row.subject).includes('核查不通过'))!;
    expect(told.subject).toContain('核查不通过，准予复工已暂停');
    expect(String(told.text_body)).toContain('理由：隔离留观室被挪作仓库，八个一未落实');
    expect(String(told.text_body)).toContain(
      '项目的准予复工已暂停。请按上述理由整改后重新提交申请，经“镇（街道）检查组核查”核查通过后恢复准予复工。',
    );

    // Suspended: every cleared project, by the joint team's member, on this case; audited; on the case's timeline.
    const jointInspector = await suite.db('users').where({ username: 'inspector-joint' }).first('id');
    const suspensions = await suite
      .db('submission_events')
      .where({ submission_id: first.id, kind: 'ladder.clearance-suspended' })
      .select('detail');
    expect(suspensions).toHaveLength(1);
    const detail = JSON.parse(suspensions[0].detail);
    expect(detail).toMatchObject({ by: jointInspector.id, body: { 'zh-CN': '复工联合检查组', en: 'Joint inspection team' }, projectIds });
    const projects = await suite.db('projects').whereIn('id', projectIds).orderBy('id');
    for (const project of projects)
      expect(project).toMatchObject({
        suspended_at: detail.suspendedAt,
        suspended_by_group_id: await bodyId('joint-inspection'),
        suspended_by_user_id: jointInspector.id,
        suspended_submission_id: first.id,
        cleared_submission_id: first.id,
      });
    const audits = await suite
      .db('audit_log')
      .where({ action: 'project.clearance-suspended', target_type: 'project' })
      .whereIn('target_id', projectIds.map(String));
    expect(audits).toHaveLength(2);
    // The enterprise reads that it is no longer cleared, since when, by which level, and what brings the clearance back.
    expect(await resumptionNow()).toMatchObject({
      cleared: null,
      suspended: { at: detail.suspendedAt, body: { 'zh-CN': '复工联合检查组' }, caseId: first.id },
      clearingStage: { 'zh-CN': '镇（街道）检查组核查' },
      check: { id: first.id, status: 'rejected' },
    });

    // A new readiness case: the town/street team's pass clears the projects again, lifting the suspension (audited).
    const second = await start(enterpriseId);
    await decide(await openTask(second.id, 'town'), 'inspector-town', 'escalate', { findings: '整改到位，隔离留观室已恢复' });
    await openTask(second.id, 'joint');
    const restored = await suite.db('projects').whereIn('id', projectIds).orderBy('id');
    for (const project of restored)
      expect(project).toMatchObject({ suspended_at: null, suspended_by_group_id: null, cleared_submission_id: second.id });
    const lifted = await suite
      .db('audit_log')
      .where({ action: 'project.cleared-to-resume', target_type: 'project' })
      .whereIn('target_id', projectIds.map(String))
      .orderBy('id')
      .select('summary');
    expect(lifted.map((row) => JSON.parse(row.summary).liftsSuspension ?? false)).toEqual([false, false, true, true]);
    expect(await resumptionNow()).toMatchObject({
      cleared: { at: restored[0].cleared_at, body: { 'zh-CN': '镇（街道）检查组' } },
      suspended: null,
    });
    await second.handle.terminate('test over');
  });

  it("a fail at the town/street level (before any clearance of this case) leaves another case's clearance as it was", async () => {
    const { enterpriseId, projectIds } = await freshEnterprise();
    const cleared = await start(enterpriseId);
    await decide(await openTask(cleared.id, 'town'), 'inspector-town', 'escalate', { findings: '合格' });
    await openTask(cleared.id, 'joint');
    const again = await start(enterpriseId);
    await decide(await openTask(again.id, 'town'), 'inspector-town', 'reject', { note: '重复申请' });
    await again.handle.result();
    const projects = await suite.db('projects').whereIn('id', projectIds).select('suspended_at', 'cleared_submission_id');
    expect(projects).toEqual(projectIds.map(() => ({ suspended_at: null, cleared_submission_id: cleared.id })));
    await cleared.handle.terminate('test over');
  });

  it('never skips a level: past its two working days the town/street level stays open, flagged, alerting its supervisors daily', async () => {
    const opened = localDate(await suite.skipping.env.currentTimeMs(), TZ);
    const { id, handle } = await start();
    const town = await openTask(id, 'town');
    const calendar = await suite.db('calendar_days').select('date', 'kind');
    expect(town.due_at).toBe(endOfDay(nthWorkingDayAfter(opened, 2, calendar)));
    await sleepPast(town.due_at);
    const alerts = () => mailsLike(`${town.id}/overdue-alert/%`);
    // The town level's supervisors are the comprehensive-coordination group (params: stages[0].overdue.alert).
    await eventually(alerts, (rows) => rows.length === 1, 60_000);
    expect((await alerts())[0]).toMatchObject({
      to_address: 'class-coordination@demo.fugong.local',
      subject: expect.stringContaining('超时督办'),
    });
    const flagged = await suite.db('tasks').where({ id: town.id }).first('status', 'overdue_since');
    expect(flagged.status).toBe('open');
    expect(flagged.overdue_since).toBeTruthy();
    const breach = await suite.db('submission_events').where({ submission_id: id, kind: 'ladder.sla-breached' }).select('detail');
    expect(breach.map((row) => JSON.parse(row.detail))).toEqual([
      expect.objectContaining({ stage: 'town', escalatesTo: null, staysOpen: true }),
    ]);
    const told = await mailsLike(`${town.id}/overdue/update`);
    expect(told[0]!.subject).toContain('核查超时，仍在镇（街道）检查组核查');

    // A day later nobody decided: alerted again, and still nothing at the joint team.
    await suite.skipping.env.sleep(86_400_000);
    await eventually(alerts, (rows) => rows.length === 2, 60_000);
    expect((await alerts())[1]!.subject).toContain('第 2 天');
    expect(await stepsOf(id)).toEqual(['town:open']);

    // The town team decides at last, and only then does the joint team get it.
    await decide(await openTask(id, 'town'), 'inspector-town', 'escalate', { findings: '迟到的核查，合格' });
    await openTask(id, 'joint');
    expect(await stepsOf(id)).toEqual(['town:done', 'joint:open']);
    await handle.terminate('test over');
  });

  it('gives a return for rework its own deadline: reminds the enterprise a day before, then flags it and alerts the level’s body', async () => {
    const { id, handle } = await start();
    const town = await openTask(id, 'town');
    await decide(town, 'inspector-town', 'return', { note: '隔离留观室未配备消毒用品' });
    const returned = await eventually(
      () => suite.db('submission_events').where({ submission_id: id, kind: 'ladder.return' }).first('detail'),
      (row) => row !== undefined,
    );
    const { reworkDueAt } = JSON.parse(returned.detail);
    const calendar = await suite.db('calendar_days').select('date', 'kind');
    const returnedOn = localDate(await suite.skipping.env.currentTimeMs(), TZ);
    expect(reworkDueAt).toBe(endOfDay(nthWorkingDayAfter(returnedOn, 3, calendar)));
    const returnMail = await eventually(
      () => mailsLike(`${town.id}/0/returned/update`),
      (rows) => rows.length === 1,
    );
    expect(returnMail[0]!.subject).toContain('退回整改');

    // A day before the deadline the enterprise is reminded.
    await sleepPast(new Date(Date.parse(reworkDueAt) - 86_400_000).toISOString());
    const reminder = await eventually(
      () => mailsLike(`${town.id}/0/rework-reminder/0/update`),
      (rows) => rows.length === 1,
      60_000,
    );
    expect(reminder[0]).toMatchObject({ to_address: 'ent01@example.com', subject: expect.stringContaining('整改即将到期') });

    // Past it: flagged on the timeline, the enterprise told, the town team alerted, and the case is back with it.
    await sleepPast(reworkDueAt);
    const alert = await eventually(
      () => mailsLike(`${town.id}/0/rework-overdue-alert/%`),
      (rows) => rows.length === 1,
      60_000,
    );
    expect(alert[0]).toMatchObject({ to_address: 'inspector-town@demo.fugong.local', subject: expect.stringContaining('整改逾期') });
    expect(await suite.db('submission_events').where({ submission_id: id, kind: 'ladder.rework-overdue' }).first('id')).toBeDefined();
    expect((await mailsLike(`${town.id}/0/rework-overdue/update`))[0]!.subject).toContain('整改已逾期');
    const back = await openTask(id, 'town');
    expect(back.id).not.toBe(town.id);
    expect((await suite.db('submissions').where({ id }).first('status')).status).toBe('received');
    // A late answer is refused: the level holds the case now, and decides (here: it does not pass).
    const late = await suite.skipping.env.client.workflow
      .getHandle(handle.workflowId)
      .executeUpdate(replyUpdate, { args: [{ userId: suite.submitter.id, text: '迟到的整改说明' }] })
      .catch((error: Error) => error);
    expect(late).toBeInstanceOf(Error);
    await decide(back, 'inspector-town', 'reject', { note: '逾期未整改' });
    expect(await handle.result()).toMatchObject({ status: 'rejected', stage: 'town' });
    expect(await stepsOf(id)).toEqual(['town:done', 'town:done']);
  });

  it('refuses a return for rework without saying what to fix', async () => {
    const { id, handle } = await start();
    const refused = await decide(await openTask(id, 'town'), 'inspector-town', 'return', {}).catch((error: Error) => error);
    expect(String((refused as Error & { cause?: Error }).cause?.message)).toMatch(/note/);
    expect(await stepsOf(id)).toEqual(['town:open']);
    await handle.terminate('test over');
  });
});
