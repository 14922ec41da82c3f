// The per-project register: every worker's standing at the site (admitted, in quarantine day k of N, released,
// turned back), the occupancy of the four zones, the check-ins open now and the latest clearances.
import { SITE_ZONES } from '#core/domain/gate-rules';
import { quarantineDay } from '#core/domain/quarantine-schedule';
import type { Db } from '#core/stores/db-types';
import { quarantinesStarted, registerCheckIns, siteWorkerRows } from '#core/stores/gate/site-register-store';
import type { GateMasker } from './gate-privacy';

/** A worker's standing at a site. */
export type SiteStatus = 'admitted' | 'quarantined' | 'released' | 'turned-back';

/** The register of one project as of `now`; personal columns shown through `show` (the policy, for a list). */
export async function siteRegister(db: Db, projectId: number, now: Date, show: GateMasker) {
  const rows = await siteWorkerRows(db, projectId);
  const readings = await registerCheckIns(
    db,
    rows.flatMap((r) => (r.quarantine ? [r.quarantine.id] : [])),
  );
  const last = new Map<string, number>();
  const open = new Map<string, { slotAt: string; opensAt: string; dueAt: string }>();
  const missed = new Map<string, number>();
  for (const r of readings) {
    if (r.status === 'done') last.set(r.quarantineId, r.temperature);
    if (r.status === 'open') open.set(r.quarantineId, { slotAt: r.slotAt, opensAt: r.opensAt, dueAt: r.dueAt });
    if (r.status === 'missed') missed.set(r.quarantineId, (missed.get(r.quarantineId) ?? 0) + 1);
  }
  const workers = rows.map((r) => {
    const q = r.quarantine;
    return {
      workerId: r.workerId,
      name: r.name,
      residentId: show('residentId', r.residentId) as string,
      status: r.status as SiteStatus,
      zone: r.zone,
      channel: r.channel,
      checkedAt: r.checkedAt,
      gateTemperature: show('temperature', r.gateTemperature) as number | string | null,
      quarantine: q
        ? {
            id: q.id,
            startedAt: q.startedAt,
            endsAt: q.endsAt,
            previousEndsAt: q.endChanges.at(-1)?.from ?? null,
            changes: q.endChanges,
            fever: q.fever,
            releasedAt: q.releasedAt,
            lastTemperature: show('temperature', last.get(q.id) ?? null) as number | string | null,
            missed: missed.get(q.id) ?? 0,
            openCheckIn: open.get(q.id) ?? null,
            ...(r.status === 'quarantined' ? quarantineDay(q.startedAt, q.endsAt, now.getTime()) : { day: null, days: null }),
          }
        : null,
    };
  });
  const count = (status: string) => workers.filter((w) => w.status === status).length;
  const zones = Object.fromEntries(SITE_ZONES.map((zone) => [zone, workers.filter((w) => w.zone === zone).length])) as Record<
    (typeof SITE_ZONES)[number],
    number
  >;
  return {
    totals: {
      admitted: count('admitted'),
      quarantined: await quarantinesStarted(db, projectId),
      inQuarantine: count('quarantined'),
      released: count('released'),
      turnedBack: count('turned-back'),
      workers: workers.length,
    },
    zones,
    workers,
  };
}
