// Deadlines over the working-day calendar: workflows cannot read the calendar table, so they ask this activity,
// whose answer Temporal records, and replays stay deterministic even after admins edit the calendar.
import type { Db } from '#core/stores';
import { calendarDaysBetween } from '#core/stores/calendar-store';
import { slaOf } from '#core/domain/duration';
import { addDays, localDate, slaDueAt } from '#core/domain/working-calendar';
import { configurationFault } from './configuration-fault';

/** Input of slaDeadline. */
export interface SlaDeadlineInput {
  /** When the clock starts (ISO). */
  start: string;
  /** As written in the process params: a duration, "end-of-day" or "N working days". */
  sla: string;
}

/** When an SLA starting at `start` runs out over the calendar in `db`, as an ISO instant (also used by activities that open tasks). */
export async function slaDeadlineIn(db: Db, timeZone: string, { start, sla }: SlaDeadlineInput): Promise<string> {
  // A definition that slipped past the check (or predates it) fails its case visibly instead of retrying forever.
  const parsed = configurationFault(() => slaOf(sla, 'SLA'));
  const from = localDate(start, timeZone);
  // Sixty days past the longest SLA covers every holiday run the calendar can hold.
  const until = addDays(from, 60 + (parsed.kind === 'working-days' ? parsed.days * 2 : 0));
  const rows = await calendarDaysBetween(db, from, until);
  return slaDueAt(start, parsed, rows, timeZone);
}

/** Builds the calendar activities over a DB connection, computing local dates in `timeZone`. */
export function createCalendarActivities(deps: { db: Db; timeZone: string }) {
  return {
    /** When an SLA starting at `start` runs out, as an ISO instant. */
    async slaDeadline({ start, sla }: SlaDeadlineInput): Promise<string> {
      return slaDeadlineIn(deps.db, deps.timeZone, { start, sla });
    },
  };
}
