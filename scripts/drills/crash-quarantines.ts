// The quarantine half of the worker-crash drill: gate checks of feverish workers through the production `monitoring`
// workflow, on drill-sized params (a quarantine of minutes, two check-in times a few minutes ahead that nobody
// answers), and the count of what each one must leave: its check-in slots closed as missed, one alert per missed
// slot, the release and the clearance, each exactly once.
import type { Knex } from 'knex';
import { residentIdCheckChar } from '#core/domain/identifiers';
import type { MonitoringParams } from '#core/domain/monitoring-params';
import { checkInSlots } from '#core/domain/quarantine-schedule';

/** Minutes from the drill's start to the check-in times, and the quarantines' length. */
const SLOT_MINUTES = [4, 6];
export const QUARANTINE_MINUTES = 8;

/** `HH:MM` local time of an instant. */
function localClock(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

/** Drill params: any reading of 37.3 °C or more quarantines; the check-ins fall a few minutes after `startMs`. */
export function quarantineParams(startMs: number, timeZone: string): MonitoringParams {
  return {
    days: QUARANTINE_MINUTES / 1440,
    checkInTimes: SLOT_MINUTES.map((minutes) => localClock(startMs + minutes * 60_000, timeZone)),
    opensBefore: '1 minute',
    missedAfter: '1 minute',
    rules: [{ field: 'temperature', op: '>=', value: 37.3, then: 'refer-hq' }],
    entryRules: [{ field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' }],
    commitment: { 'zh-CN': '演练承诺', en: 'Drill commitment' },
    alertTemplate: 'quarantine-alert',
    releaseTemplate: 'quarantine-cleared',
  };
}

/** Gate-check data of drill worker i: a valid resident ID of its own and a fever. */
export function feverishWorker(i: number): Record<string, unknown> {
  const first17 = `11010119900101${String(i).padStart(3, '0').slice(-3)}`;
  return {
    residentId: first17 + residentIdCheckChar(first17)!,
    name: `演练工人${i}`,
    channel: 'people',
    certificate: 'pass',
    steps: [],
    temperature: 38.2,
    riskFlag: false,
  };
}

/** Lost and doubled counts over the quarantines `ids`, against the slots each one's own start and end imply. */
export async function tallyQuarantines(db: Knex, ids: string[], params: MonitoringParams, timeZone: string) {
  const t = { lostQuarantines: 0, lostSlots: 0, lostAlerts: 0, lostReleases: 0, doubledEvents: 0, doubledEmails: 0, slots: 0 };
  const quarantines = await db('quarantines').whereIn('id', ids).select('id', 'started_at', 'ends_at', 'status');
  const checkins = await db('quarantine_checkins').whereIn('quarantine_id', ids).select('quarantine_id', 'slot_at', 'status');
  const events = await db('submission_events')
    .whereIn('submission_id', ids)
    .where('kind', 'like', 'quarantine.%')
    .select('submission_id', 'kind', 'detail');
  const mails = await db('outbox')
    .whereIn('submission_id', ids)
    .whereIn('template', ['quarantine-alert', 'quarantine-cleared'])
    .select('submission_id', 'template', 'to_address', 'idempotency_key');
  t.lostQuarantines = ids.length - quarantines.length;
  for (const q of quarantines) {
    const slots = checkInSlots(q.started_at, q.ends_at, params.checkInTimes, timeZone);
    t.slots += slots.length;
    const mine = events.filter((e) => e.submission_id === q.id);
    const missed = mine.filter((e) => e.kind === 'quarantine.missed').map((e) => JSON.parse(e.detail).slotAt as string);
    for (const slot of slots) {
      if (!checkins.some((c) => c.quarantine_id === q.id && c.slot_at === slot && c.status === 'missed')) t.lostSlots += 1;
      if (!missed.includes(slot)) t.lostSlots += 1;
      if (
        !mails.some(
          (m) => m.submission_id === q.id && m.template === 'quarantine-alert' && String(m.idempotency_key).includes(`/${slot}/missed/`),
        )
      )
        t.lostAlerts += 1;
    }
    if (q.status !== 'released' || !mine.some((e) => e.kind === 'quarantine.released')) t.lostReleases += 1;
    if (!mails.some((m) => m.submission_id === q.id && m.template === 'quarantine-cleared')) t.lostReleases += 1;
    const kinds = mine.map((e) => (e.kind === 'quarantine.missed' ? `${e.kind}@${JSON.parse(e.detail).slotAt}` : e.kind));
    t.doubledEvents += kinds.length - new Set(kinds).size;
  }
  // One mail per notice and person: the same notice to the same address twice is a doubled email.
  const seen = new Set<string>();
  for (const m of mails) {
    const key = `${String(m.idempotency_key).split('/').slice(0, -1).join('/')}|${m.template}|${m.to_address}`;
    if (seen.has(key)) t.doubledEmails += 1;
    seen.add(key);
  }
  return t;
}
