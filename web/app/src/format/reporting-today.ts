// "Today" as the daily reports count it: the date in the server's zone, whatever the browser's zone.
import { zonedDate } from './server-time-zone';

/** Today's date where the daily reports are due (the server's zone), as YYYY-MM-DD like the server's local dates. */
export function reportingToday(now = new Date()): string {
  return zonedDate(now);
}
