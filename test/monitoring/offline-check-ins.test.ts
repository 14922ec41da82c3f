// Health-watch readings synced from a device's queue (issue 23), on the time-skipping server so slots open, close and
// the watch ends without waiting: a repeat records nothing twice; a reading whose slot closed is kept as late (补报)
// with both times and does not fill a later slot; a device clock days off is flagged and the server's time picks the
// slot; a definition published meanwhile leaves the queued reading on its own version; a reading for a watch that
// ended is kept and answered with the reason, never a 500.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { workerHealthWatch } from '../fixtures/worker-health-watch';
import { eventually } from '#scripts/kit/eventually';
import type { HttpSession } from '#scripts/kit/http-session';
import { testDatabases } from '../helpers/test-db';
import { DAY, TZ, expectBadOfflineFields, expectClientIdTaken, recordedOnceOf, useOfflineStage } from './offline-fixture';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';

describe.each(testDatabases())('offline health-watch check-ins on $name', (database) => {
  const stage = useOfflineStage(database);
  let enterprise: HttpSession;
  let key: string;
  let id: string;
  let slots: string[];
  let clock = 0;
  const { at, login } = stage;
  // Sessions live by the app's clock: after a jump of days the enterprise signs in again.
  const jumpTo = async (ms: number) => {
    await stage.jumpTo(ms);
    clock = stage.now();
    enterprise = await login('ent01');
  };
  const slotRow = (slotAt: string) => stage.app.db('monitoring_checkins').where({ subject_id: id, slot_at: slotAt }).first();
  const send = (body: Record<string, unknown>, session = enterprise) =>
    session.request('POST', `/api/monitoring/subjects/${id}/check-ins`, body);
  const queued = (deviceTime: number, extra: Record<string, unknown> = {}) =>
    stage.queued(deviceTime, { values: { temperature: 36.6 }, ...extra });
  const audits = (action: string) => stage.audits(action, { type: 'monitoring_subject', id });

  beforeAll(async () => {
    const admin = await login('admin');
    key = `offline-watch-${randomUUID().slice(0, 6)}`;
    // Queued readings may wait 48 hours under this definition: a device time further behind is a wrong clock.
    const watch = workerHealthWatch(key);
    (watch.process.params as Record<string, unknown>).offlineQueueLimitHours = 48;
    await admin.request('PUT', `/api/admin/forms/${key}/draft`, watch);
    expect((await admin.request('POST', `/api/admin/forms/${key}/publish`)).status).toBe(200);

    // 08:00 Beijing time tomorrow: day 1's 09:00 check-in opened at 07:00.
    await jumpTo(at(1, 8));
    const data = { name: '孙七', residentId: freshResidentId(), returnedFrom: '湖北省孝感市' };
    const filed = await enterprise.request('POST', `/api/forms/${key}/submissions`, { submissionId: randomUUID(), data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    id = filed.body.submission.id;
    const subject = await eventually(
      () => stage.app.db('monitoring_subjects').where({ id }).first(),
      (row) => Boolean(row),
    );
    slots = checkInSlots(subject.started_at, subject.ends_at, ['09:00'], TZ);
    await eventually(
      () => slotRow(slots[0]!),
      (row) => row?.status === 'open',
    );
  });

  it('records a queued reading once: a repeat answers the first receipt with replayed: true; a stranger is refused', async () => {
    const item = queued(clock - 20 * 60_000);
    const first = await send(item);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({
      checkIn: {
        slotAt: slots[0],
        alert: false,
        fired: [],
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
    expect(await audits('monitoring.check-in')).toBe(1);
    expect((await stage.app.db('offline_check_ins').where({ subject_id: id })).map((row) => row.outcome)).toEqual(['recorded']);

    const stranger = await send(item, await login('cadre1'));
    expectClientIdTaken(stranger);
    const bad = await send(queued(clock, { deviceTime: 'yesterday', clientId: 'abc' }));
    expectBadOfflineFields(bad);
    expect(await audits('monitoring.check-in')).toBe(1);
  });

  it('keeps a reading whose slot closed before it arrived as late, with both times, without filling the open slot', async () => {
    // Day 2's slot is missed at 11:00; the reading made at 09:30 that day arrives on day 3 at 08:00, with day 3's open.
    await jumpTo(at(3, 8));
    await eventually(
      () => slotRow(slots[2]!),
      (row) => row?.status === 'open',
    );
    expect((await slotRow(slots[1]!)).status).toBe('missed');
    const item = queued(at(2, 9.5), { values: { temperature: 37.8 } });
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
    expect(await audits('monitoring.check-in-late')).toBe(1);
    expect((await send(item)).body).toMatchObject({ replayed: true, checkIn: { outcome: 'late' } });
    expect(await audits('monitoring.check-in-late')).toBe(1);

    const detail = (await enterprise.request('GET', `/api/monitoring/subjects/${id}`)).body.subject;
    expect(detail.checkIns[1]).toMatchObject({
      status: 'missed',
      late: [{ label: '补报', deviceTime: item.deviceTime, receivedAt: answer.body.checkIn.receivedAt, alert: true, slotAt: slots[1] }],
    });
    expect(detail.checkIns[0].synced).toMatchObject({ clockSkewed: false });
    expect(detail.lateReadings).toHaveLength(1);
    const register = (await enterprise.request('GET', `/api/monitoring/register?formKey=${key}`)).body.subjects;
    expect(register.find((s: { id: string }) => s.id === id)).toMatchObject({ late: 1, missed: 1, checkIns: 1 });
    // A reading made in day 3's window still fills day 3's slot.
    const today = await send(queued(clock - 60_000));
    expect(today.body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[2] });
  });

  it('lets the server clock pick the slot when the device clock is days off, and flags the record', async () => {
    await jumpTo(at(4, 8));
    await eventually(
      () => slotRow(slots[3]!),
      (row) => row?.status === 'open',
    );
    const ahead = queued(clock + 3 * DAY);
    const aheadArrived = new Date(clock).toISOString();
    expect((await send(ahead)).body.checkIn).toMatchObject({
      outcome: 'recorded',
      slotAt: slots[3],
      clockSkewed: true,
      deviceTime: ahead.deviceTime,
    });
    // Three days behind lands in day 2's window (08:00): a trusted clock would make it late; but it is further behind
    // than the definition's 48-hour queue limit, so it is not trusted.
    await jumpTo(at(5, 8));
    await eventually(
      () => slotRow(slots[4]!),
      (row) => row?.status === 'open',
    );
    const behind = queued(clock - 3 * DAY);
    const answer = await send(behind);
    expect(answer.body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[4], clockSkewed: true, deviceTime: behind.deviceTime });
    const detail = (await enterprise.request('GET', `/api/monitoring/subjects/${id}`)).body.subject;
    expect(detail.checkIns[3].synced).toEqual({ deviceTime: ahead.deviceTime, receivedAt: aheadArrived, clockSkewed: true });
    expect(detail.checkIns[4].synced).toMatchObject({ deviceTime: behind.deviceTime, clockSkewed: true });
  });

  it('checks a queued reading against the version it was made with when a new one is published meanwhile', async () => {
    const admin = await login('admin');
    const stricter = workerHealthWatch(key);
    const params = stricter.process.params as { readings: { minimum: number }[] };
    params.readings[0]!.minimum = 35.5;
    expect((await admin.request('PUT', `/api/admin/forms/${key}/draft`, stricter)).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${key}/publish`)).body).toMatchObject({ version: 2 });
    await jumpTo(at(6, 8));
    await eventually(
      () => slotRow(slots[5]!),
      (row) => row?.status === 'open',
    );
    // 35.2 ℃ is in version 1's range, not version 2's: the reading made with version 1 is taken and kept with it.
    const refused = await send(queued(clock - 60_000, { formVersion: 2, values: { temperature: 35.2 } }));
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([{ path: '/values/temperature', message: '应在 35.5 到 43 之间' }]);
    const made = queued(clock - 60_000, { formVersion: 1, values: { temperature: 35.2 } });
    expect((await send(made)).body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[5] });
    expect((await stage.app.db('offline_check_ins').where({ client_id: made.clientId }).first()).form_version).toBe(1);
    const unknown = await send(queued(clock, { formVersion: 9 }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toEqual([{ path: '/formVersion', message: '没有这个版本的观察表单' }]);
  });

  it('records a reading sent twice at once in its slot once', async () => {
    await jumpTo(at(7, 8));
    await eventually(
      () => slotRow(slots[6]!),
      (row) => row?.status === 'open',
    );
    const before = await audits('monitoring.check-in');
    const item = queued(clock - 60_000);
    const answers = await Promise.all([send(item), send(item)]);
    const recorded = recordedOnceOf(answers);
    expect(recorded.body.checkIn).toMatchObject({ outcome: 'recorded', slotAt: slots[6] });
    expect(await audits('monitoring.check-in')).toBe(before + 1);
    expect((await stage.app.db('offline_check_ins').where({ client_id: item.clientId })).length).toBe(1);
    expect((await slotRow(slots[6]!)).status).toBe('done');
    expect((await send(item)).body).toEqual({ ...recorded.body, replayed: true });
  });

  it('keeps a reading that arrives after the watch ended and answers why, not a 500', async () => {
    await jumpTo(at(8, 10));
    await eventually(
      () => stage.app.db('monitoring_subjects').where({ id }).first('status'),
      (row) => row?.status === 'ended',
    );
    const item = queued(at(7, 9));
    const answer = await send(item);
    expect(answer.status).toBe(409);
    expect(answer.body.kept).toBe(true);
    expect(answer.body.error.code).toBe('monitoring_over');
    expect(answer.body.error.message).toMatch(/^该对象的观察已于 .+ 结束；这条离线记录已留存备查，无需重发$/);
    const again = await send(item);
    expect(again).toMatchObject({ status: 409, body: { ...answer.body, replayed: true } });
    expect(await audits('monitoring.check-in-after-end')).toBe(1);
    const other = await send(queued(at(7, 9)), await login('ent01', 'en'));
    expect(other.body.error.message).toMatch(/^This monitoring ended on .+; the offline reading is kept for the record/);
    const detail = (await enterprise.request('GET', `/api/monitoring/subjects/${id}`)).body.subject;
    expect(detail.keptAfterEnd.map((k: { label: string; deviceTime: string }) => [k.label, k.deviceTime])).toEqual([
      ['观察结束后送达', item.deviceTime],
      ['观察结束后送达', new Date(at(7, 9)).toISOString()],
    ]);
    // Online, without a client id, the answer stays the plain refusal it was.
    expect((await send({ values: { temperature: 36.5 } })).body.error.code).toBe('monitoring_over');
  });
});
