// A quarantine on the time-skipping server: 14 days of check-ins at 08:00 and 16:00 Beijing time, a fever that
// alerts and refers to HQ, a missed check-in that alerts, an end date that moves only with a reason, and release.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { addDays, localDate } from '#core/domain/working-calendar';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { HEALTH_MASK } from '#core/privacy/mask';
import { arrival } from '#scripts/kit/eventually';
import type { MonitoringInput, MonitoringResult } from '#workflows/monitoring-workflow';
import { GATE_PARAMS, demoGateOfficer, feverGateCheck, skipToTenTomorrow, type GateOfficer } from '../helpers/gate-quarantine';
import { openSqlite } from '../helpers/test-db';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';
import { decideUpdate } from '#workflows/human-task-contract';
import { changeEndUpdate, checkInUpdate } from '#workflows/monitoring-handlers';

const TZ = 'Asia/Shanghai';
const QUEUE = 'monitoring-test';
const DAY = 86_400_000;
const PARAMS = GATE_PARAMS;

describe('quarantine monitoring (time-skipping server)', () => {
  let env: TestWorkflowEnvironment;
  let skipping: TimeSkipping;
  let db: Knex;
  let gate: GateOfficer;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    gate = await demoGateOfficer(db);
  });
  beforeEach(async () => {
    skipping = await startTimeSkipping(
      QUEUE,
      createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ }),
    );
    env = skipping.env;
  });
  afterEach(async () => {
    await skipping?.stop();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** Skips to 10:00 Beijing time tomorrow and quarantines a worker who arrives with a fever. */
  async function quarantine(extra: Partial<MonitoringInput> = {}) {
    await skipToTenTomorrow(env);
    const worker = { name: `隔离人员${randomUUID().slice(0, 4)}` };
    const options = { params: PARAMS, formVersion: 1, submitterName: '门岗' };
    const input: MonitoringInput = { ...(await feverGateCheck(db, gate, worker, options)), ...extra };
    const id = input.submissionId;
    const handle = await env.client.workflow.start('monitoringWorkflow', {
      taskQueue: QUEUE,
      workflowId: `submission-${id}`,
      args: [input],
    });
    const row = await arrival(() => db('quarantines').where({ id }).first(), 'the quarantine row');
    // The row is the record activity's; the workflow is in its quarantine once it has marked the submission received
    // (an Update sent in between meets a period that has not started).
    await arrival(() => db('submissions').where({ id, status: 'received' }).first(), 'the quarantine under way');
    const slots = checkInSlots(row.started_at, row.ends_at, PARAMS.checkInTimes, TZ);
    return { id, handle, row, slots };
  }

  /** Skips to a slot's time, waits for the workflow to open it, and records a reading through the Update. */
  async function checkIn(handle: WorkflowHandle, id: string, slotAt: string, temperature: number) {
    const left = Date.parse(slotAt) - (await env.currentTimeMs());
    if (left > 0) await env.sleep(left);
    await arrival(
      () => db('quarantine_checkins').where({ quarantine_id: id, slot_at: slotAt, status: 'open' }).first(),
      `slot ${slotAt} to open`,
    );
    return handle.executeUpdate(checkInUpdate, { args: [{ temperature, by: gate.id }] }) as Promise<{ slotAt: string; fever: boolean }>;
  }

  const outbox = (id: string, template: string) =>
    db('outbox').where({ submission_id: id, template }).orderBy('id').select('to_address', 'subject', 'text_body');

  it('follows 14 days with 28 check-ins at 08:00 and 16:00, continuing as new to keep history short, then releases', async () => {
    const { id, handle, row, slots } = await quarantine({ historyLimit: 150 });
    expect(slots).toHaveLength(28);
    expect(Date.parse(row.ends_at) - Date.parse(row.started_at)).toBe(14 * DAY);
    expect(await db('site_workers').where({ quarantine_id: id }).first('status', 'zone')).toEqual({
      status: 'quarantined',
      zone: 'isolation',
    });
    for (const slot of slots) expect((await checkIn(handle, id, slot, 36.4)).fever).toBe(false);
    const result: MonitoringResult = await handle.result();
    expect(result).toMatchObject({ outcome: 'quarantined', checkIns: 28, missed: 0, endsAt: row.ends_at });
    expect(Date.parse(result.releasedAt!)).toBeGreaterThanOrEqual(Date.parse(row.ends_at));
    expect((await handle.describe()).runId).not.toBe(handle.firstExecutionRunId);
    const rows = await db('quarantine_checkins').where({ quarantine_id: id }).select('status', 'slot_at');
    expect(rows.map((r) => r.status)).toEqual(Array(28).fill('done'));
    expect(await db('site_workers').where({ quarantine_id: id }).first('status', 'zone')).toEqual({ status: 'released', zone: 'living' });
    const cleared = await outbox(id, 'quarantine-cleared');
    expect(cleared.map((m) => m.to_address).sort()).toEqual(['cadre1@demo.fugong.local', 'gate1@demo.fugong.local']);
    expect(cleared[0]!.text_body).toContain('完成测温 28 次，漏测 0 次');
    expect(await outbox(id, 'quarantine-alert')).toEqual([]);
    expect((await db('submissions').where({ id }).first('status')).status).toBe('settled');
  });

  it('alerts the gate officer and the cadre to a fever on day 5 and refers the worker to HQ', async () => {
    const { id, handle, slots } = await quarantine();
    const refused = await handle
      .executeUpdate(checkInUpdate, { args: [{ temperature: 36.5, by: gate.id }] })
      .catch((error: Error & { cause?: { type?: string } }) => error.cause?.type);
    expect(refused).toBe('NoOpenCheckIn');
    const day5Morning = slots.find((s) => localDate(s, TZ) === addDays(localDate(slots[0]!, TZ), 4) && s.slice(11, 16) === '00:00')!;
    for (const slot of slots.filter((s) => s < day5Morning)) await checkIn(handle, id, slot, 36.6);
    const typo = await checkIn(handle, id, day5Morning, 48).catch((error: Error & { cause?: { type?: string } }) => error.cause?.type);
    expect(typo).toBe('InvalidReading');
    expect(await handle.executeUpdate(checkInUpdate, { args: [{ temperature: 38.4, by: gate.id }] })).toEqual({
      slotAt: day5Morning,
      fever: true,
    });
    // The workflow waits on the task before its row is written: once listed, it can be decided.
    const referral = await arrival(() => db('tasks').where({ submission_id: id, step: 'referral' }).first(), 'the HQ referral task');
    expect(referral).toMatchObject({ candidate_role: 'hq', status: 'open', process_type: 'monitoring', enterprise_id: gate.enterpriseId });
    const alerts = await arrival(async () => {
      const rows = await outbox(id, 'quarantine-alert');
      return rows.length >= 2 ? rows : undefined;
    }, 'the fever alerts');
    expect(alerts.map((m) => m.to_address).sort()).toEqual(['cadre1@demo.fugong.local', 'gate1@demo.fugong.local']);
    expect(alerts[0]!.subject).toContain('隔离人员发热');
    // The site's officer reads the reading; the cadre learns of the fever, the reading itself is health data.
    const toOfficer = alerts.find((m) => m.to_address === 'gate1@demo.fugong.local')!;
    const toCadre = alerts.find((m) => m.to_address === 'cadre1@demo.fugong.local')!;
    expect(toOfficer.subject).toContain('38.4');
    expect(toCadre.subject).not.toContain('38.4');
    expect(toCadre.subject).toContain(HEALTH_MASK['zh-CN']);
    const hq = await db('users').where({ username: 'hq' }).first('id');
    await handle.executeUpdate(decideUpdate, {
      args: [
        {
          taskId: referral.id,
          action: 'acknowledge',
          data: { note: '已安排定点医院接诊' },
          comment: '',
          actor: { userId: hq.id, role: 'hq', workingGroupId: null },
        },
      ],
    });
    await arrival(
      () => db('submission_events').where({ submission_id: id, kind: 'quarantine.referral-acknowledge' }).first(),
      'the referral outcome on the timeline',
    );
    expect((await db('quarantines').where({ id }).first('fever')).fever).toBeTruthy();
    expect(await db('submission_events').where({ submission_id: id, kind: 'quarantine.fever' }).count({ n: '*' }).first()).toEqual({
      n: 1,
    });
    await handle.terminate('test over');
  });

  it('alerts when a check-in is not recorded within two hours of its time', async () => {
    const { id, handle, slots } = await quarantine();
    await env.sleep(Date.parse(slots[0]!) + 2 * 3_600_000 + 60_000 - (await env.currentTimeMs()));
    await arrival(
      () => db('quarantine_checkins').where({ quarantine_id: id, slot_at: slots[0], status: 'missed' }).first(),
      'the missed slot',
    );
    const alerts = await arrival(async () => {
      const rows = await outbox(id, 'quarantine-alert');
      return rows.length >= 2 ? rows : undefined;
    }, 'the missed check-in alerts');
    expect(alerts.map((m) => m.to_address).sort()).toEqual(['cadre1@demo.fugong.local', 'gate1@demo.fugong.local']);
    expect(alerts[0]!.subject).toContain('隔离人员漏测');
    // The next slot is the gate officer's task as usual.
    expect((await checkIn(handle, id, slots[1]!, 36.5)).slotAt).toBe(slots[1]);
    await handle.terminate('test over');
  });

  it('extends only with a reason, keeps the earlier end date, and releases at once when shortened to now', async () => {
    const { id, handle, row } = await quarantine();
    const extended = new Date(Date.parse(row.ends_at) + 3 * DAY).toISOString();
    const noReason = await handle
      .executeUpdate(changeEndUpdate, { args: [{ endsAt: extended, reason: ' ', by: gate.id }] })
      .catch((error: Error & { cause?: { type?: string } }) => error.cause?.type);
    expect(noReason).toBe('InvalidChange');
    expect(
      await handle.executeUpdate(changeEndUpdate, { args: [{ endsAt: extended, reason: '同住人员确诊，延长观察', by: gate.id }] }),
    ).toEqual({ endsAt: extended });
    const stored = await db('quarantines').where({ id }).first('ends_at', 'end_changes');
    expect(stored.ends_at).toBe(extended);
    expect(JSON.parse(stored.end_changes)).toEqual([
      expect.objectContaining({ from: row.ends_at, to: extended, reason: '同住人员确诊，延长观察', by: gate.id }),
    ]);
    const now = new Date((await env.currentTimeMs()) + 60_000).toISOString();
    await handle.executeUpdate(changeEndUpdate, { args: [{ endsAt: now, reason: '核酸检测阴性，经指挥部同意提前解除', by: gate.id }] });
    const result: MonitoringResult = await handle.result();
    expect(result.changes.map((c) => [c.from, c.to])).toEqual([
      [row.ends_at, extended],
      [extended, now],
    ]);
    expect(result.endsAt).toBe(now);
    expect((await db('quarantines').where({ id }).first('status')).status).toBe('released');
    expect((await outbox(id, 'quarantine-cleared')).length).toBe(2);
    const kinds = (await db('submission_events').where({ submission_id: id }).orderBy('id').pluck('kind')).filter((k: string) =>
      k.startsWith('quarantine.'),
    );
    expect(kinds).toEqual(['quarantine.started', 'quarantine.extended', 'quarantine.shortened', 'quarantine.released']);
  });
});
