// The daily reports and gate checks of the seeded scenario, written through the activities that write them in
// production (open a round, file each report, close the round; record a gate check, release a quarantine):
// seed 003's 57 enterprises resumed and 13,041 people back at work by 12 February, seed 004's 12,987 workers
// returned and its gate: 360 admitted, 30 quarantined of whom 28 released, 10 turned back.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { recordReport } from '#activities/collection/record-report';
import { closeRound } from '#activities/collection/round-notices';
import { openRound } from '#activities/collection/round-opening';
import { createMonitoringActivities } from '#activities/monitoring-activities';
import type { MonitoringParams } from '#core/domain/monitoring-params';
import { commitmentHash, recordGateCheck } from '#core/gate/record-gate-check';
import { gateForm } from '#web/server/gate/gate-form';

const TZ = 'Asia/Shanghai';
/** A local time in Asia/Shanghai as the ISO instant the tables store. */
const local = (day: string, time: string) => new Date(`${day}T${time}+08:00`).toISOString();
/** The three report days (a round each); the last is seed 003's "截止2月12日". */
export const REPORT_DAYS = ['2026-02-10', '2026-02-11', '2026-02-12'];
/** Resumed enterprises whose day-2 report comes after the deadline. */
export const LATE_ON_DAY_2 = 5;

/** What resumed enterprise i (0…56) reports on day d (0…2): on site 13,041 and returned 12,987 in all. */
export function reportPlan(i: number, d: number): Record<string, number> {
  const returnedToday = d < 2 ? 76 : i < 48 ? 76 : 75;
  return {
    projectsStarted: 1,
    projectsReady: i % 4 === 0 ? 1 : 0,
    projectsDelayed: 0,
    workersOnSite: d < 2 ? 150 : i < 45 ? 229 : 228,
    returnedToday,
    awaitingReturn: 3,
    masks: 500,
    disinfectant: 20,
    thermometers: 5,
  };
}

async function fileReport(db: Knex, userId: number, enterpriseId: number, data: Record<string, unknown>, createdAt: string): Promise<void> {
  const id = randomUUID();
  await db('submissions').insert({
    id,
    form_key: 'daily-report',
    form_version: 1,
    enterprise_id: enterpriseId,
    user_id: userId,
    data: JSON.stringify(data),
    status: 'received',
    workflow_id: `process-${id}`,
    created_at: createdAt,
    updated_at: createdAt,
  });
  await recordReport(db, TZ, { submissionId: id, formKey: 'daily-report', enterpriseId }, () => new Date(createdAt));
}

/** The resumed enterprises (a started project) and the ones whose only project is delayed, in id order. */
export async function reportingEnterprises(db: Knex): Promise<{ resumed: number[]; delayed: number[] }> {
  const resumed = (
    await db('projects').where({ status: 'started' }).distinct('enterprise_id').orderBy('enterprise_id').pluck('enterprise_id')
  ).map(Number);
  const delayed = (await db('enterprises').where('name', 'like', '情景企业 %').whereNotIn('id', resumed).orderBy('id').pluck('id')).map(
    Number,
  );
  return { resumed, delayed };
}

/** Three daily rounds: the resumed enterprises report (a few late, one amends), the delayed ones report nobody at work. */
export async function addDailyReports(db: Knex): Promise<void> {
  const { resumed, delayed } = await reportingEnterprises(db);
  const user = Number((await db('users').where({ username: 'ent01' }).first('id')).id);
  for (const [d, day] of REPORT_DAYS.entries()) {
    const opened = await openRound(db, TZ, { formKey: 'daily-report', at: local(day, '00:05:00'), workflowId: `scenario-round-${day}` });
    for (const [i, enterprise] of resumed.entries()) {
      const late = d === 1 && i >= resumed.length - LATE_ON_DAY_2;
      // The first enterprise's last report is amended: first a slip, then the right numbers.
      if (d === 2 && i === 0)
        await fileReport(db, user, enterprise, { ...reportPlan(i, d), workersOnSite: 9, returnedToday: 900 }, local(day, '10:00:00'));
      await fileReport(db, user, enterprise, reportPlan(i, d), local(day, late ? '18:00:00' : '11:00:00'));
    }
    for (const enterprise of delayed)
      await fileReport(
        db,
        user,
        enterprise,
        { ...reportPlan(0, d), projectsStarted: 0, projectsDelayed: 1, workersOnSite: 0, returnedToday: 0 },
        local(day, '12:00:00'),
      );
    await closeRound(db, opened.roundId!, local(day, '17:00:00'));
  }
}

/** Gate check number i (0…399) at the demo site: 360 admitted, 30 quarantined (28 released since), 10 turned back. */
export function gatePlan(i: number): 'admitted' | 'quarantined' | 'turned-back' {
  return i < 360 ? 'admitted' : i < 390 ? 'quarantined' : 'turned-back';
}

function gateData(i: number, params: MonitoringParams): Record<string, unknown> {
  const outcome = gatePlan(i);
  const signed = { signature: 'upload:scenario', commitmentSha256: commitmentHash(params.commitment['zh-CN']) };
  return {
    residentId: `44078419900101${String(i).padStart(4, '0')}`,
    name: `工人 ${i + 1}`,
    channel: 'people',
    steps: ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'],
    riskFlag: false,
    ...(outcome === 'turned-back'
      ? { certificate: 'none' }
      : { certificate: 'health-certificate', temperature: outcome === 'quarantined' ? 37.8 : 36.5, ...signed }),
  };
}

/** The 400 checks at gate1's site over 10–19 February, and 28 of the quarantines released when their days end. */
export async function addGateChecks(db: Knex): Promise<void> {
  const { form, params } = await gateForm(db);
  const officer = await db('users').where({ username: 'gate1' }).first('id', 'project_id');
  const monitoring = createMonitoringActivities({
    db,
    email: {} as Parameters<typeof createMonitoringActivities>[0]['email'],
    timeZone: TZ,
  });
  let released = 0;
  for (let i = 0; i < 400; i += 1) {
    // Quarantines start in the first three days, so their 14 days end inside the period.
    const day = gatePlan(i) === 'quarantined' ? i % 3 : i % 10;
    const at = new Date(Date.parse('2026-02-10T01:00:00Z') + day * 86_400_000 + i * 60_000).toISOString();
    const record = await recordGateCheck(db, {
      checkId: randomUUID(),
      projectId: Number(officer.project_id),
      officerId: Number(officer.id),
      formVersion: form.version,
      data: gateData(i, params),
      params,
      at,
    });
    if (record.quarantine && released < 28) {
      released += 1;
      await monitoring.releaseQuarantine({ quarantineId: record.quarantine.id, at: record.quarantine.endsAt });
    }
  }
}
