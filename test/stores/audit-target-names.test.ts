// The audit log names its targets for people: a submission (and its tasks) by its case number, a user by their display name,
// a form by its title in the reader's language, a difficulty category by its name, a hotline call by its enterprise and
// case, a refused gate check by its site, worker and time, and nothing for a target without one
// (a failed sign-in's typed username, a deleted record).
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import type { TaskSpec } from '#core/domain/human-task';
import { auditTargetNames } from '#core/stores/audit-target-names';
import { newestFormTitle } from '#core/stores/forms/form-store';
import { newTaskRecord } from '#core/stores/task-row';
import { openTask } from '#core/stores/task-store';
import { testDatabases } from '../helpers/test-db';

const AT = '2026-12-05T07:50:00.000Z';
const ZONE = 'Asia/Shanghai';

describe.each(testDatabases())('audit target names on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  const run = randomUUID().slice(0, 8);
  const submissionId = randomUUID();
  let userId = 0;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
    const [row] = await db('users')
      .insert({ username: `audit-${run}`, display_name: '王建国', role: 'cadre', password_hash: 'x', created_at: AT })
      .returning('id');
    userId = Number((row as { id: number }).id);
    await db('submissions').insert({
      id: submissionId,
      form_key: 'difficulty-report',
      form_version: 1,
      user_id: userId,
      data: '{}',
      status: 'submitted',
      workflow_id: `test/${submissionId}`,
      case_number: `KN-20261205-${run.slice(0, 4)}`,
      created_at: AT,
      updated_at: AT,
    });
    const spec: TaskSpec = {
      taskId: `difficulty-${submissionId}/cadre`,
      step: 'cadre',
      processType: 'ladder',
      title: { 'zh-CN': '包挂干部办理', en: 'Cadre' },
      submissionId,
      enterpriseId: null,
      assignee: { kind: 'role', role: 'cadre' },
      priority: 2,
      dueAt: '2026-12-06T07:50:00.000Z',
      allowedActions: ['resolve'],
      completionSchema: { type: 'object', properties: {} },
      requiredByAction: {},
      breachStatus: 'escalated',
    };
    await openTask(db, newTaskRecord(spec, { assigneeUserId: userId, candidateRole: null, candidateGroupId: null }, '', AT));
  });
  afterAll(() => close());

  it('names a submission and its tasks by the case number, and a user by their display name', async () => {
    const names = await auditTargetNames(
      db,
      [
        { targetType: 'submission', targetId: submissionId },
        { targetType: 'task', targetId: `difficulty-${submissionId}/cadre` },
        { targetType: 'user', targetId: String(userId) },
        { targetType: 'user', targetId: String(userId) },
      ],
      'zh-CN',
      ZONE,
    );
    expect(Object.fromEntries(names)).toEqual({
      [`submission:${submissionId}`]: `KN-20261205-${run.slice(0, 4)}`,
      [`task:difficulty-${submissionId}/cadre`]: `KN-20261205-${run.slice(0, 4)}`,
      [`user:${userId}`]: '王建国',
    });
  });

  it('names a gate check, its quarantine and a monitored subject by their submission’s case number, never by the UUID', async () => {
    const targets = ['gate_check', 'quarantine', 'monitoring_subject'].map((targetType) => ({ targetType, targetId: submissionId }));
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'zh-CN', ZONE))).toEqual({
      [`gate_check:${submissionId}`]: `KN-20261205-${run.slice(0, 4)}`,
      [`quarantine:${submissionId}`]: `KN-20261205-${run.slice(0, 4)}`,
      [`monitoring_subject:${submissionId}`]: `KN-20261205-${run.slice(0, 4)}`,
    });
  });

  it('names a hotline call by its enterprise and the case it was filed as, else when it came in, never by its id', async () => {
    const code = `91370100${run.slice(0, 8)}00`.slice(0, 18).toUpperCase();
    const [enterprise] = await db('enterprises')
      .insert({ name: '济南华建商混有限公司', credit_code: code, type: 'construction', created_at: AT })
      .returning('id');
    const call = (submission: string | null) => ({
      caller_name: '李四',
      caller_mobile: '13800138000',
      enterprise_id: Number((enterprise as { id: number }).id),
      category: 'materials',
      problem: '商混供应中断',
      taken_by: userId,
      received_at: AT,
      submission_id: submission,
      created_at: AT,
    });
    const [filed] = await db('hotline_calls').insert(call(submissionId)).returning('id');
    const [open] = await db('hotline_calls').insert(call(null)).returning('id');
    const filedId = String((filed as { id: number }).id);
    const openId = String((open as { id: number }).id);
    const targets = [filedId, openId].map((targetId) => ({ targetType: 'hotline_call', targetId }));
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'zh-CN', ZONE))).toEqual({
      [`hotline_call:${filedId}`]: `济南华建商混有限公司（案件 KN-20261205-${run.slice(0, 4)}）`,
      [`hotline_call:${openId}`]: '济南华建商混有限公司，2026-12-05 15:50',
    });
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'en', ZONE))).toEqual({
      [`hotline_call:${filedId}`]: `济南华建商混有限公司 (case KN-20261205-${run.slice(0, 4)})`,
      [`hotline_call:${openId}`]: '济南华建商混有限公司, 2026-12-05 15:50',
    });
  });

  it('names a visit by its enterprise and day, never by its id', async () => {
    const code = `91370900${run.slice(0, 8)}00`.slice(0, 18).toUpperCase();
    const [enterprise] = await db('enterprises')
      .insert({ name: '泉城建工有限公司', credit_code: code, type: 'construction', created_at: AT })
      .returning('id');
    const [visit] = await db('visits')
      .insert({
        ...{ enterprise_id: Number((enterprise as { id: number }).id), cadre_id: userId, visited_on: '2026-12-05' },
        ...{ people_met: '项目经理', opinions: '[]', created_at: AT },
      })
      .returning('id');
    const id = String((visit as { id: number }).id);
    const targets = [{ targetType: 'visit', targetId: id }];
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'zh-CN', ZONE))).toEqual({
      [`visit:${id}`]: '泉城建工有限公司，2026年12月5日',
    });
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'en', ZONE))).toEqual({
      [`visit:${id}`]: '泉城建工有限公司, 5 Dec 2026',
    });
  });

  it('names a gate check refused at the gate (no submission) by its site, the worker’s masked name and the time', async () => {
    const code = `91370200${run.slice(0, 8)}00`.slice(0, 18).toUpperCase();
    const [enterprise] = await db('enterprises')
      .insert({ name: '历城建设集团', credit_code: code, type: 'construction', created_at: AT })
      .returning('id');
    const [project] = await db('projects')
      .insert({ enterprise_id: Number((enterprise as { id: number }).id), name: '历城区安置房项目', status: 'started' })
      .returning('id');
    const checkId = randomUUID();
    const summary = { reason: 'quarantined_elsewhere', projectId: Number((project as { id: number }).id), workerName: '张**' };
    const refused = { targetType: 'gate_check', targetId: checkId, summary, createdAt: AT };
    expect(Object.fromEntries(await auditTargetNames(db, [refused], 'zh-CN', ZONE))).toEqual({
      [`gate_check:${checkId}`]: '拒绝进场：历城区安置房项目，张**，2026-12-05 15:50',
    });
    expect(Object.fromEntries(await auditTargetNames(db, [refused], 'en', ZONE))).toEqual({
      [`gate_check:${checkId}`]: 'Refused entry: 历城区安置房项目, 张**, 2026-12-05 15:50',
    });
    // Refused before its site was recorded with it: still words, never the UUID.
    const older = { targetType: 'gate_check', targetId: checkId, summary: { reason: 'quarantined_elsewhere' } };
    expect(Object.fromEntries(await auditTargetNames(db, [older], 'zh-CN', ZONE))).toEqual({ [`gate_check:${checkId}`]: '拒绝进场' });
  });

  it('leaves out targets without a name: a typed username, a missing record, a kind of target with no names', async () => {
    const names = await auditTargetNames(
      db,
      [
        { targetType: 'user', targetId: 'nosuch' },
        { targetType: 'user', targetId: '999999' },
        { targetType: 'submission', targetId: randomUUID() },
        { targetType: 'enterprise', targetId: '999999' },
        { targetType: 'calendar_day', targetId: String(userId) },
        { targetType: 'form', targetId: 'no-such-form@2' },
      ],
      'zh-CN',
      ZONE,
    );
    expect(names.size).toBe(0);
  });

  it('names a form by the title of its newest version, with the version the entry names, in the reader’s language', async () => {
    const title = await newestFormTitle(db, 'difficulty-report');
    const targets = [
      { targetType: 'form', targetId: 'difficulty-report@3' },
      { targetType: 'form', targetId: 'difficulty-report' },
    ];
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'zh-CN', ZONE))).toEqual({
      'form:difficulty-report@3': `${title!['zh-CN']}（第 3 版）`,
      'form:difficulty-report': title!['zh-CN'],
    });
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'en', ZONE))).toEqual({
      'form:difficulty-report@3': `${title!.en}, version 3`,
      'form:difficulty-report': title!.en,
    });
    expect(title!['zh-CN']).toMatch(/\p{Script=Han}/u);
  });

  it('names a difficulty category by its name in the reader’s language, never by its key', async () => {
    const targets = [{ targetType: 'difficulty_category', targetId: 'materials' }];
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'zh-CN', ZONE))).toEqual({
      'difficulty_category:materials': '生产生活物资',
    });
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'en', ZONE))).toEqual({
      'difficulty_category:materials': 'Production and living materials',
    });
  });

  it('names a group robot and a webhook by the names the admin gave them, never by id', async () => {
    const [robot] = await db('notification_robots')
      .insert({
        key: `robot-${run}`,
        name: '要素保障组群',
        channel: 'wecom-robot',
        audience: 'hq',
        sealed_secret: 'x',
        secret_hint: 'x',
        created_at: AT,
        updated_at: AT,
      })
      .returning('id');
    const [hook] = await db('webhook_subscriptions')
      .insert({
        name: '市大数据平台',
        url: 'https://example.org/in',
        kinds: '[]',
        sealed_secret: 'x',
        secret_hint: 'x',
        created_at: AT,
        updated_at: AT,
      })
      .returning('id');
    const robotId = String((robot as { id: number }).id);
    const hookId = String((hook as { id: number }).id);
    const targets = [
      { targetType: 'robot', targetId: robotId },
      { targetType: 'webhook', targetId: hookId },
    ];
    expect(Object.fromEntries(await auditTargetNames(db, targets, 'zh-CN', ZONE))).toEqual({
      [`robot:${robotId}`]: '要素保障组群',
      [`webhook:${hookId}`]: '市大数据平台',
    });
  });
});
