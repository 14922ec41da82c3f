// The shipped resumption-readiness inspection (P2) on the time-skipping server: town/street, then the joint team (the
// coordination group), then the industry regulator; a rung may return the case for rework, and the enterprise's
// answer puts it back in front of the same rung.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createActivities } from '../../activities/index';
import { prepareDatabase } from '../../core/bootstrap';
import type { ProcessStartInput } from '../../core/domain/process-start';
import { addDays, localDate, startOfLocalDay } from '../../core/domain/working-calendar';
import { createTemplateRenderer } from '../../core/mail/template-renderer';
import { readShippedForms } from '../../forms/form-store';
import type { LadderParams, LadderResult } from '../../workflows/ladder-workflow';
import { eventually } from '../helpers/eventually';
import { ladderTasks } from '../helpers/ladder-tasks';
import { openSqlite } from '../helpers/test-db';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';
import { replyUpdate } from '../../workflows/enterprise-replies';

const TZ = 'Asia/Shanghai';
const QUEUE = 'readiness-ladder-test';
const READINESS = readShippedForms().find((form) => form.key === 'resumption-readiness')!;
const SURVEY = {
  projectsStarted: 2,
  projectsReady: 1,
  projectsDelayed: 0,
  workersBack: 120,
  fourInPlace: ['organisation', 'staff', 'materials', 'site'],
  eightOnes: ['plan'],
  commitment: true,
};

describe('resumption readiness inspection (time-skipping server)', { timeout: 180_000 }, () => {
  let skipping: TimeSkipping;
  let db: Knex;
  let ent01: { id: number; enterprise_id: number };
  const { openTask, decide } = ladderTasks(
    () => db,
    () => skipping.env.client,
  );

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    ent01 = await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
  });
  beforeEach(async () => {
    skipping = await startTimeSkipping(
      QUEUE,
      createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ }),
    );
    // 09:00 tomorrow, Beijing time: a full working morning before the first deadline.
    const now = await skipping.env.currentTimeMs();
    await skipping.env.sleep(startOfLocalDay(addDays(localDate(now, TZ), 1), TZ) + 9 * 3_600_000 - now);
  });
  afterEach(async () => {
    await skipping?.stop();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  async function start() {
    const id = randomUUID();
    const at = new Date().toISOString();
    await db('submissions').insert({
      id,
      form_key: 'resumption-readiness',
      form_version: 1,
      enterprise_id: ent01.enterprise_id,
      user_id: ent01.id,
      data: JSON.stringify(SURVEY),
      status: 'submitted',
      workflow_id: `submission-${id}`,
      created_at: at,
      updated_at: at,
    });
    const input: ProcessStartInput<LadderParams> = {
      submissionId: id,
      formKey: 'resumption-readiness',
      formVersion: 1,
      formTitle: READINESS.title,
      enterpriseId: ent01.enterprise_id,
      submitter: { userId: ent01.id, name: '企业联络员', email: 'ent01@example.com', locale: 'zh-CN' },
      data: SURVEY,
      params: READINESS.process.params as unknown as LadderParams,
    };
    const handle = await skipping.env.client.workflow.start('ladderWorkflow', {
      taskQueue: QUEUE,
      workflowId: `submission-${id}`,
      args: [input],
    });
    return { id, handle };
  }
  const stepsOf = async (id: string) =>
    (await db('tasks').where({ submission_id: id }).orderBy('created_at').orderBy('id').select('step', 'status')).map(
      (t) => `${t.step}:${t.status}`,
    );

  it('passes town, joint team and regulator, with one return for rework at the joint team', async () => {
    const { id, handle } = await start();
    await decide(await openTask(id, 'town'), 'cadre1', 'escalate', { findings: '四个到位已落实' });
    const joint = await openTask(id, 'joint');
    const coordination = await db('working_groups').where({ key: 'coordination' }).first('id');
    expect(joint.candidate_group_id).toBe(coordination.id);
    await decide(joint, 'class-coordination', 'return', { note: '请补充消毒记录照片' });
    expect(
      (
        await eventually(
          () => db('submissions').where({ id }).first('status'),
          (row) => row.status === 'returned',
        )
      ).status,
    ).toBe('returned');
    await skipping.env.client.workflow
      .getHandle(handle.workflowId)
      .executeUpdate(replyUpdate, { args: [{ userId: ent01.id, text: '已上传消毒记录' }] });
    await decide(await openTask(id, 'joint'), 'class-coordination', 'escalate', { findings: '整改到位' });
    await decide(await openTask(id, 'regulator'), 'hq', 'approve', { findings: '同意复工' });

    const result: LadderResult = await handle.result();
    expect(result).toMatchObject({ status: 'settled', stage: 'regulator', action: 'approve' });
    expect(result.path.map((step) => `${step.stage}:${step.outcome}`)).toEqual(['town:escalate', 'joint:escalate', 'regulator:approve']);
    expect(await stepsOf(id)).toEqual(['town:done', 'joint:done', 'joint:done', 'regulator:done']);
    const kinds = (await db('submission_events').where({ submission_id: id }).select('kind')).map((row) => row.kind);
    expect(kinds).toEqual(expect.arrayContaining(['ladder.return', 'ladder.reply']));
    expect((await db('submissions').where({ id }).first('status')).status).toBe('settled');
  });

  it('climbs every rung when nobody inspects, and expires at the regulator', async () => {
    const { id, handle } = await start();
    const result: LadderResult = await handle.result();
    expect(result).toMatchObject({ status: 'expired', stage: 'regulator' });
    expect(result.path.map((step) => `${step.stage}:${step.outcome}`)).toEqual([
      'town:sla-breached',
      'joint:sla-breached',
      'regulator:sla-breached',
    ]);
    expect(await stepsOf(id)).toEqual(['town:escalated', 'joint:escalated', 'regulator:expired']);
  });

  it('refuses a return for rework without saying what to fix', async () => {
    const { id, handle } = await start();
    const refused = await decide(await openTask(id, 'town'), 'cadre1', 'return', {}).catch((error: Error) => error);
    expect(String((refused as Error & { cause?: Error }).cause?.message)).toMatch(/note/);
    expect(await stepsOf(id)).toEqual(['town:open']);
    await handle.terminate('test over');
  });
});
