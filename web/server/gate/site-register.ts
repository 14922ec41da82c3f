// The per-project register: every worker's standing at the site (admitted, in quarantine day k of N, released,
// turned back), the occupancy of the four zones, the check-ins open now and the latest clearances.
import type { Knex } from 'knex';
import { fromJson } from '#core/db';
import { SITE_ZONES } from '#core/domain/gate-rules';
import type { EndChange } from '#core/domain/monitoring-params';
import { quarantineDay } from '#core/domain/quarantine-schedule';
import type { GateMasker } from './gate-privacy';

/** A worker's standing at a site. */
export type SiteStatus = 'admitted' | 'quarantined' | 'released' | 'turned-back';

/** The register of one project as of `now`; personal columns shown through `show` (the policy, for a list). */
export async function siteRegister(db: Knex, projectId: number, now: Date, show: GateMasker) {
  const rows = await db('site_workers as s')
    .join('workers as w', 'w.id', 's.worker_id')
    .join('gate_checks as g', 'g.id', 's.last_check_id')
    .leftJoin('quarantines as q', 'q.id', 's.quarantine_id')
    .where('s.project_id', projectId)
    .orderBy('s.updated_at', 'desc')
    .limit(5000)
    .select(
      's.worker_id',
      's.status',
      's.zone',
      's.updated_at',
      'w.name',
      'w.resident_id',
      'g.channel',
      'g.temperature as gate_temperature',
      'g.checked_at',
      'q.id as quarantine_id',
      'q.started_at',
      'q.ends_at',
      'q.end_changes',
      'q.fever',
      'q.released_at',
    );
  const quarantineIds = rows.map((r) => r.quarantine_id).filter(Boolean);
  const readings = quarantineIds.length
    ? await db('quarantine_checkins')
        .whereIn('quarantine_id', quarantineIds)
        .whereIn('status', ['done', 'open', 'missed'])
        .orderBy('slot_at')
        .select('quarantine_id', 'slot_at', 'opens_at', 'due_at', 'status', 'temperature')
    : [];
  const last = new Map<string, number>();
  const open = new Map<string, { slotAt: string; opensAt: string; dueAt: string }>();
  const missed = new Map<string, number>();
  for (const r of readings) {
    if (r.status === 'done') last.set(r.quarantine_id, Number(r.temperature));
    if (r.status === 'open') open.set(r.quarantine_id, { slotAt: r.slot_at, opensAt: r.opens_at, dueAt: r.due_at });
    if (r.status === 'missed') missed.set(r.quarantine_id, (missed.get(r.quarantine_id) ?? 0) + 1);
  }
  const workers = rows.map((r) => {
    const changes = r.end_changes ? fromJson<EndChange[]>(r.end_changes) : [];
    const inQuarantine = r.status === 'quarantined' && r.started_at;
    return {
      workerId: Number(r.worker_id),
      name: r.name as string,
      residentId: show('residentId', r.resident_id) as string,
      status: r.status as SiteStatus,
      zone: (r.zone as string | null) ?? null,
      channel: r.channel as string,
      checkedAt: r.checked_at as string,
      gateTemperature: show('temperature', r.gate_temperature === null ? null : Number(r.gate_temperature)) as number | string | null,
      quarantine: r.quarantine_id
        ? {
            id: r.quarantine_id as string,
            startedAt: r.started_at as string,
            endsAt: r.ends_at as string,
            previousEndsAt: changes.at(-1)?.from ?? null,
            changes,
            fever: Boolean(r.fever),
            releasedAt: (r.released_at as string | null) ?? null,
            lastTemperature: show('temperature', last.get(r.quarantine_id) ?? null) as number | string | null,
            missed: missed.get(r.quarantine_id) ?? 0,
            openCheckIn: open.get(r.quarantine_id) ?? null,
            ...(inQuarantine ? quarantineDay(r.started_at, r.ends_at, now.getTime()) : { day: null, days: null }),
          }
        : null,
    };
  });
  const count = (status: string) => workers.filter((w) => w.status === status).length;
  const zones = Object.fromEntries(SITE_ZONES.map((zone) => [zone, workers.filter((w) => w.zone === zone).length])) as Record<
    (typeof SITE_ZONES)[number],
    number
  >;
  const everQuarantined = await db('quarantines').where({ project_id: projectId }).count<{ n: number }[]>({ n: '*' }).first();
  return {
    totals: {
      admitted: count('admitted'),
      quarantined: Number(everQuarantined?.n ?? 0),
      inQuarantine: count('quarantined'),
      released: count('released'),
      turnedBack: count('turned-back'),
      workers: workers.length,
    },
    zones,
    workers,
  };
}
