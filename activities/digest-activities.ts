// The cadre's morning digest (08:00): tasks overdue or due within a day, and quarantines at their enterprises'
// sites that end within two days (so the cadre can see the worker's clearance through).
import type { Db } from '#core/stores';
import { quarantinesEndingBy } from '#core/stores/quarantine-store';
import { heldTasksDueBefore } from '#core/stores/task-store';
import { recipients } from '#core/stores/user-store';
import { quarantineDay } from '#core/domain/quarantine-schedule';
import type { createEmailActivities } from './email-activities';

const DAY_MS = 86_400_000;
const QUARANTINE_HORIZON_MS = 2 * DAY_MS;

/** Builds the digest activity. */
export function createDigestActivities(deps: { db: Db; email: ReturnType<typeof createEmailActivities>; timeZone: string }) {
  const localDate = (iso: string) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: deps.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  return {
    /** Emails every active cadre their digest as of `asOf`; keyed per local date and cadre, so a rerun sends nothing twice. */
    async sendDailyDigests(input: { asOf: string }): Promise<number> {
      const date = localDate(input.asOf);
      const horizon = new Date(Date.parse(input.asOf) + DAY_MS).toISOString();
      const cadres = await recipients(deps.db, { role: 'cadre' });
      let sent = 0;
      for (const cadre of cadres) {
        const held = await heldTasksDueBefore(deps.db, cadre.id, horizon);
        const quarantines = await endingSoon(deps.db, cadre.id, input.asOf);
        const { locale } = cadre;
        const tasks = held.map((task) => ({
          title: task.title[locale],
          enterprise: task.enterpriseName ?? '',
          dueAt: task.dueAt,
          overdue: task.dueAt < input.asOf,
        }));
        await deps.email.sendEmail({
          key: `digest/${date}/${cadre.id}`,
          template: 'daily-digest',
          locale,
          to: cadre.email,
          data: {
            recipientName: cadre.displayName,
            date,
            tasks,
            overdueCount: tasks.filter((t) => t.overdue).length,
            atRiskCount: tasks.filter((t) => !t.overdue).length,
            quarantines,
          },
        });
        sent += 1;
      }
      return sent;
    },
  };
}

/** Active quarantines at the cadre's enterprises' sites that end within the horizon, soonest first, with their day count. */
async function endingSoon(db: Db, cadreId: number, asOf: string) {
  const horizon = new Date(Date.parse(asOf) + QUARANTINE_HORIZON_MS).toISOString();
  return (await quarantinesEndingBy(db, cadreId, horizon)).map((quarantine) => ({
    workerName: quarantine.workerName,
    projectName: quarantine.projectName,
    endsAt: quarantine.endsAt,
    ...quarantineDay(quarantine.startedAt, quarantine.endsAt, Date.parse(asOf)),
  }));
}
