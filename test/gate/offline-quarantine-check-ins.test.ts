// Quarantine check-ins synced from the gate officer's queue (issue 23), on the time-skipping server so slots open,
// close and the quarantine ends without waiting — the same rules as the health watch's (test/monitoring/
// offline-check-ins.test.ts, whose stage this file shares): a repeat or a twin records nothing twice and another
// officer's client id is refused; a reading whose slot closed is kept as late (补报) with both times; a device clock days
// off is flagged and the server's time picks the slot; a definition published meanwhile leaves the queued reading on
// its own version; a reading for a quarantine that ended is kept and answered with why and what to do.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { readShippedForms } from '#forms/shipped-forms';
import { eventually } from '#scripts/kit/eventually';
import type { HttpSession } from '#scripts/kit/http-session';
import { STALE_PENDING_MS } from '#web/server/offline/queued-reading';
import { stoppingAfterUpdate } from '../helpers/stopping-after-update';
import { testDatabases } from '../helpers/test-db';
import { DAY, TZ, expectBadOfflineFields, expectClientIdTaken, recordedOnceOf, useOfflineStage } from '../monitoring/offline-fixture';
import { checkAtGate } from './gate-fixtures';

const TARGET = 'quarantine';

describe.each(testDatabases())('offline quarantine check-ins at the gate on $name', (database) => {
  const stage = useOfflineStage(database);
  let gate: HttpSession;
  let id: string;
  let slots: string[];
  let clock = 0;
  const { at, login } = stage;
  const jumpTo = async (ms: number) => {
    await stage.jumpTo(ms);
    clock = stage.now();
    gate = await login('gate1');
  };
  const slotRow = (slotAt: string) => stage.app.db('quarantine_checkins').where({ quarantine_id: id, slot_at: slotAt }).first();
  const openSlot = (slotAt: string) =>
    eventually(
      () => slotRow(slotAt),
      (row) => row?.status === 'open',
    );
  const send = (body: Record<string, unknown>, session = gate) => session.request('POST', `/api/gate/quarantines/${id}/check-ins`, body);
  const queued = (deviceTime: number, extra: Record<string, unknown> = {}) => stage.queued(deviceTime, { temperature: 36.6, ...extra });
  const audits = (action: string) => stage.audits(action, { type: TARGET, id });
  const kept = (clientId: string) => stage.app.db('offline_quarantine_check_ins').where({ client_id: clientId }).first();

  beforeAll(async () => {
    // 10:00 Beijing time tomorrow a worker arrives with a fever: quarantined, check-ins at 08:00 and 16:00.
    await jumpTo(at(1, 10));
    const checked = await checkAtGate(gate, 38.1);
    expect(checked.status, JSON.stringify(checked.body)).toBe(201);
    id = checked.body.check.id;
    const row = await eventually(
      () => stage.app.db('quarantines').where({ id }).first(),
      (found) => Boolean(found),
    );
    await eventually(
      () => stage.app.db('submissions').where({ id, status: 'received' }).first('id'),
      (found) => Boolean(found),
    );
    slots = checkInSlots(row.started_at, row.ends_at, ['08:00', '16:00'], TZ);
    await jumpTo(at(1, 15));
    await openSlot(slots[0]!);
  });

  it('records a queued check-in once: a repeat answers the first receipt with replayed: true; another officer is refused', async () => {
    const item = queued(clock - 20 * 60_000);
    const first = await send(item);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({
      checkIn: {
        slotAt: slots[0],
        fever: false,
        outcome: 'recorded',
        deviceTime: item.deviceTime,
        receivedAt: new Date(clock).toISOString(),
        clockSkewed: false,
      },
    });
    const again = await send(item);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect((await slotRow(slots[0]!)).status).toBe('done');
    expect(await audits('quarantine.check-in')).toBe(1);
    expect(await kept(item.clientId)).toMatchObject({ outcome: 'recorded', quarantine_id: id, slot_at: slots[0] });

    // A second officer at the same site may record this quarantine's check-ins, not reuse gate1's client id.
    const copy = { ...(await stage.app.db('users').where({ username: 'gate1' }).first()) };
    delete copy.id;
    await stage.app.db('users').insert({ ...copy, username: 'gate1-relief', email: 'gate1-relief@demo.fugong.local' });
    const stranger = await send(item, await login('gate1-relief'));
    expectClientIdTaken(stranger);
    const bad = await send(queued(clock, { deviceTime: 'yesterday', clientId: 'abc' }));
    expectBadOfflineFields(bad);
    expect(await audits('quarantine.check-in')).toBe(1);
  });

  it('keeps a check-in whose slot closed before it arrived as late, with both times, without filling the open slot', async () => {
    // Day 2's 08:00 slot is missed at 10:00; the reading made at 07:30 that day arrives at 15:00, with 16:00's open.
    await jumpTo(at(2, 15));
    await openSlot(slots[2]!);
    expect((await slotRow(slots[1]!)).status).toBe('missed');
    const item = queued(at(2, 7.5), { temperature: 37.8 });
    const answer = await send(item);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.checkIn).toEqual({
      outcome: 'late',
      slotAt: slots[1],
      alert: true,
      deviceTime: item.deviceTime,
      receivedAt: new Date(clock).toISOString(),
      clockSkewed: false,
      message: '该检测时段在记录送达前已结束，已作为补报留存，并注明设备记录时间和送达时间',
    });
    expect((await slotRow(slots[2]!)).status).toBe('open');
    expect((await slotRow(slots[1]!)).status).toBe('missed');
    expect(await kept(item.clientId)).toMatchObject({
      outcome: 'late',
      slot_at: slots[1],
      device_time: item.deviceTime,
      received_at: new Date(clock).toISOString(),
    });
    expect(await audits('quarantine.check-in-late')).toBe(1);
    expect((await send(item)).body).toMatchObject({ replayed: true, checkIn: { outcome: 'late' } });
    expect(await audits('quarantine.check-in-late')).toBe(1);
    // A reading made in the open slot's window still fills it.
    const today = await send(queued(clock - 60_000));
    expect(today.body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[2] });
  });

  it('lets the server clock pick the slot when the device clock is days off, and keeps the device time flagged', async () => {
    await jumpTo(at(3, 7));
    await openSlot(slots[3]!);
    const ahead = queued(clock + 3 * DAY);
    expect((await send(ahead)).body.checkIn).toMatchObject({
      outcome: 'recorded',
      slotAt: slots[3],
      clockSkewed: true,
      deviceTime: ahead.deviceTime,
    });
    // Four days behind: past the gate definition's queue limit (72 hours when it sets none), and before the quarantine
    // began: not trusted, so the slot open on arrival takes it.
    await jumpTo(at(3, 15));
    await openSlot(slots[4]!);
    const behind = queued(clock - 4 * DAY);
    expect((await send(behind)).body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[4], clockSkewed: true });
    expect(await kept(behind.clientId)).toMatchObject({ device_time: behind.deviceTime, received_at: new Date(clock).toISOString() });
    expect(Boolean((await kept(behind.clientId)).clock_skewed)).toBe(true);
  });

  it('keeps a queued check-in on the definition version it was made with when a new one is published meanwhile', async () => {
    const made = (await gate.request('GET', '/api/gate/setup')).body.setup.formVersion as number;
    // Meanwhile an administrator lowers the fever rule of check-ins to 37.0 and publishes.
    const admin = await login('admin');
    const gateCheck = structuredClone(readShippedForms().find((form) => form.key === 'gate-check')!);
    const params = gateCheck.process.params as { rules: { field: string; value: unknown }[] };
    for (const rule of params.rules) if (rule.field === 'temperature') rule.value = 37.0;
    expect((await admin.request('PUT', '/api/admin/forms/gate-check/draft', gateCheck)).status).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/gate-check/publish')).status).toBe(200);
    await jumpTo(at(4, 7));
    await openSlot(slots[5]!);
    // 37.1 ℃ is no fever by the version the officer had, one by the new one: the queued reading keeps its own.
    const item = queued(clock - 60_000, { formVersion: made, temperature: 37.1 });
    expect((await send(item)).body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[5], fever: false });
    expect(await kept(item.clientId)).toMatchObject({ form_version: made });
    expect(Boolean((await kept(item.clientId)).alert)).toBe(false);
    const unknown = await send(queued(clock, { formVersion: 99 }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({
      code: 'unknown_form_version',
      message: '该记录所用的检查表版本不存在，请重新检查该人员',
    });
  });

  it('records a check-in sent twice at once in its slot once', async () => {
    await jumpTo(at(4, 15));
    await openSlot(slots[6]!);
    const before = await audits('quarantine.check-in');
    const item = queued(clock - 60_000);
    const answers = await Promise.all([send(item), send(item)]);
    const recorded = recordedOnceOf(answers);
    expect(recorded.body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[6] });
    expect(await audits('quarantine.check-in')).toBe(before + 1);
    expect((await stage.app.db('offline_quarantine_check_ins').where({ client_id: item.clientId })).length).toBe(1);
    expect((await slotRow(slots[6]!)).status).toBe('done');
    expect((await send(item)).body).toEqual({ ...recorded.body, replayed: true });
  });

  it('records a check-in once when its first sending failed after the workflow took it and the device sends it again', async () => {
    await jumpTo(at(5, 7));
    await openSlot(slots[7]!);
    const before = await audits('quarantine.check-in');
    // From a device whose clock is days off, so no slot is picked by its time and the reading goes to the workflow again
    // (one made in a slot now done is kept as late before the workflow is asked).
    const item = queued(clock + 3 * DAY);
    const failed = await stoppingAfterUpdate(stage.skipping.env.client.workflow, () => send(item));
    expect(failed.status).toBe(500);
    // The workflow took the reading: its slot is done, though the officer was told it failed.
    await eventually(
      () => slotRow(slots[7]!),
      (row) => row?.status === 'done',
    );
    const again = await send(item);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[7] });
    expect(await audits('quarantine.check-in')).toBe(before + 1);
  });

  it('takes over a check-in a stopped process left pending, once it is older than any live request', async () => {
    await jumpTo(at(5, 15));
    await openSlot(slots[8]!);
    const before = await audits('quarantine.check-in');
    const item = queued(clock - 60_000);
    // The first sending never reaches the workflow and never answers, as a process killed there leaves it.
    const workflow = stage.skipping.env.client.workflow;
    const handleOf = workflow.getHandle.bind(workflow);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const hanging = vi.spyOn(workflow, 'getHandle').mockImplementation((...args) => {
      const handle = handleOf(...args);
      handle.executeUpdate = (async () => {
        await held;
        throw new Error('the process stopped here');
      }) as typeof handle.executeUpdate;
      return handle;
    });
    const first = send(item);
    await eventually(
      () => kept(item.clientId),
      (row) => row?.outcome === 'pending',
    );
    hanging.mockRestore();
    const soon = await send(item);
    expect(soon.status).toBe(409);
    expect(soon.body.error.code).toBe('item_in_progress');
    await jumpTo(clock + STALE_PENDING_MS + 60_000);
    const later = await send(item);
    expect(later.status, JSON.stringify(later.body)).toBe(200);
    expect(later.body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[8] });
    // The stopped request, let go now, changes nothing: one reading, one audit entry, and a repeat answers the receipt.
    release();
    expect((await first).status).toBe(500);
    expect(await kept(item.clientId)).toMatchObject({ outcome: 'recorded', slot_at: slots[8] });
    expect(await audits('quarantine.check-in')).toBe(before + 1);
    expect((await send(item)).body).toEqual({ ...later.body, replayed: true });
  });

  it('keeps a check-in that arrives after the quarantine ended and answers why and what to do, in zh-CN and en', async () => {
    const endsAt = new Date(clock + 60_000).toISOString();
    const ended = await gate.request('POST', `/api/gate/quarantines/${id}/end`, { endsAt, reason: '核酸检测阴性，经指挥部同意提前解除' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    await jumpTo(clock + 3_600_000);
    await eventually(
      () => stage.app.db('quarantines').where({ id }).first('status'),
      (row) => row?.status === 'released',
    );
    const item = queued(at(4, 15.5));
    const answer = await send(item);
    expect(answer.status).toBe(409);
    expect(answer.body.kept).toBe(true);
    expect(answer.body.error.code).toBe('quarantine_over');
    expect(answer.body.error.message).toMatch(/^该人员的隔离已于 .+ 解除；这条离线测温记录已留存备查，无需重发$/);
    const again = await send(item);
    expect(again).toMatchObject({ status: 409, body: { ...answer.body, replayed: true } });
    expect(await audits('quarantine.check-in-after-end')).toBe(1);
    expect(await kept(item.clientId)).toMatchObject({ outcome: 'ended', device_time: item.deviceTime });
    const other = await send(queued(at(4, 15.5)), await login('gate1', 'en'));
    expect(other.body.error.message).toMatch(/^This quarantine ended on .+; the offline check-in is kept for the record/);
    // Online, without a client id, the answer stays the plain refusal it was.
    expect((await send({ temperature: 36.5 })).body.error.code).toBe('quarantine_over');
  });
});
