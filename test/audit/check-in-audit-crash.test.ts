// "Every state change audited" across a stopped process, for a quarantine's and a health watch's check-in and end-date
// change: the workflow took the update just before the web process stopped, and the entry is in the audit log once
// held entries are settled from the workflow's history (as every web process does on its timer). On the time-skipping
// server of the offline check-in tests, so slots open without waiting.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { eventually } from '#scripts/kit/eventually';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import type { HttpSession } from '#scripts/kit/http-session';
import { settlePendingAudits } from '#web/server/audit/pending-audits';
import { historyLookup, SETTLE_AFTER_MS } from '#web/server/cases/pending-replies';
import { workerHealthWatch } from '../fixtures/worker-health-watch';
import { checkAtGate } from '../gate/gate-fixtures';
import { stoppingAfterUpdate } from '../helpers/stopping-after-update';
import { testDatabases } from '../helpers/test-db';
import { DAY, TZ, useOfflineStage } from '../monitoring/offline-fixture';

describe.each(testDatabases())('audit entries of check-ins and end-date changes across a stopped web process on $name', (database) => {
  const stage = useOfflineStage(database);
  const settle = () =>
    settlePendingAudits({
      db: stage.app.db,
      now: () => new Date(Date.now() + SETTLE_AFTER_MS),
      lookup: historyLookup(stage.skipping.env.client),
    });
  const stopping = (session: HttpSession, path: string, body: Record<string, unknown>) =>
    stoppingAfterUpdate(stage.skipping.env.client.workflow, () => session.request('POST', path, body));
  const logged = async (action: string, target: { type: string; id: string }) =>
    (
      await stage.app
        .db('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.actor_id')
        .where({ 'a.action': action, 'a.target_type': target.type, 'a.target_id': target.id })
        .select('u.username', 'a.summary')
    ).map((row) => ({ username: row.username, summary: typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary }));

  it('logs a quarantine check-in and end-date change the workflow took just before the process stopped', async () => {
    // 10:00 Beijing time tomorrow a worker arrives with a fever: quarantined, check-ins at 08:00 and 16:00.
    await stage.jumpTo(stage.at(1, 10));
    const gate = await stage.login('gate1');
    const checked = await checkAtGate(gate, 38.1);
    expect(checked.status, JSON.stringify(checked.body)).toBe(201);
    const id: string = checked.body.check.id;
    const row = await eventually(
      () => stage.app.db('quarantines').where({ id }).first(),
      (found) => Boolean(found),
    );
    const slots = checkInSlots(row.started_at, row.ends_at, ['08:00', '16:00'], TZ);
    await stage.jumpTo(stage.at(1, 15));
    const officer = await stage.login('gate1');
    await eventually(
      () => stage.app.db('quarantine_checkins').where({ quarantine_id: id, slot_at: slots[0] }).first(),
      (slot) => slot?.status === 'open',
    );
    const target = { type: 'quarantine', id };

    const checkIn = await stopping(officer, `/api/gate/quarantines/${id}/check-ins`, { temperature: 36.8 });
    expect(checkIn.status).toBe(500);
    await eventually(
      () => stage.app.db('quarantine_checkins').where({ quarantine_id: id, slot_at: slots[0] }).first(),
      (slot) => slot?.status === 'done',
    );
    const endsAt = new Date(Date.parse(row.ends_at) - 2 * DAY).toISOString();
    const reason = '复查结果阴性，提前解除';
    const ended = await stopping(officer, `/api/gate/quarantines/${id}/end`, { endsAt, reason });
    expect(ended.status).toBe(500);
    expect(await logged('quarantine.check-in', target)).toEqual([]);
    expect(await logged('quarantine.change-end', target)).toEqual([]);

    expect(await settle()).toEqual({ accepted: 2, dropped: 0 });
    expect(await logged('quarantine.check-in', target)).toEqual([{ username: 'gate1', summary: { temperature: 36.8 } }]);
    expect(await logged('quarantine.change-end', target)).toEqual([
      { username: 'gate1', summary: { before: row.ends_at, after: endsAt, reason } },
    ]);
  });

  it('logs a health-watch reading and end-date change the workflow took just before the process stopped', async () => {
    const admin = await stage.login('admin');
    const key = `audit-watch-${randomUUID().slice(0, 6)}`;
    expect((await admin.request('PUT', `/api/admin/forms/${key}/draft`, workerHealthWatch(key))).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${key}/publish`)).status).toBe(200);
    // 08:00 Beijing time on day 3: that day's 09:00 check-in opened at 07:00.
    await stage.jumpTo(stage.at(3, 8));
    const enterprise = await stage.login('ent01');
    const data = { name: '孙七', residentId: freshResidentId(), returnedFrom: '湖北省孝感市' };
    const filed = await enterprise.request('POST', `/api/forms/${key}/submissions`, { submissionId: randomUUID(), data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const id: string = filed.body.submission.id;
    const subject = await eventually(
      () => stage.app.db('monitoring_subjects').where({ id }).first(),
      (row) => Boolean(row),
    );
    const slots = checkInSlots(subject.started_at, subject.ends_at, ['09:00'], TZ);
    await eventually(
      () => stage.app.db('monitoring_checkins').where({ subject_id: id, slot_at: slots[0] }).first(),
      (slot) => slot?.status === 'open',
    );
    const target = { type: 'monitoring_subject', id };

    const reading = await stopping(enterprise, `/api/monitoring/subjects/${id}/check-ins`, { values: { temperature: 36.6 } });
    expect(reading.status).toBe(500);
    await eventually(
      () => stage.app.db('monitoring_checkins').where({ subject_id: id, slot_at: slots[0] }).first(),
      (slot) => slot?.status === 'done',
    );
    const cadre = await stage.login('cadre1');
    const endsAt = new Date(Date.parse(subject.ends_at) - 2 * DAY).toISOString();
    const reason = '核酸检测阴性，提前结束观察';
    const ended = await stopping(cadre, `/api/monitoring/subjects/${id}/end`, { endsAt, reason });
    expect(ended.status).toBe(500);
    expect(await logged('monitoring.check-in', target)).toEqual([]);
    expect(await logged('monitoring.change-end', target)).toEqual([]);

    expect(await settle()).toEqual({ accepted: 2, dropped: 0 });
    // The slot and the alert are the workflow's answer, which the stopped process never read.
    expect(await logged('monitoring.check-in', target)).toEqual([{ username: 'ent01', summary: { slotAt: null, alert: null } }]);
    expect(await logged('monitoring.change-end', target)).toEqual([
      { username: 'cadre1', summary: { before: subject.ends_at, after: endsAt, reason } },
    ]);
  });
});
