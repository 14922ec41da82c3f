// When a quarantine's check-ins fall: the configured local times of each day between its start and its end.
// Pure functions over plain data; an activity calls them so that the workflow's history records the answer.
import { addDays, localDate, startOfLocalDay } from './working-calendar';

const DAY_MS = 86_400_000;

/** The check-in instants (ISO) at local `times` ("08:00") after `fromIso` and no later than `untilIso`. */
export function checkInSlots(fromIso: string, untilIso: string, times: readonly string[], timeZone: string): string[] {
  const from = Date.parse(fromIso);
  const until = Date.parse(untilIso);
  const slots: number[] = [];
  for (let date = localDate(from, timeZone); startOfLocalDay(date, timeZone) <= until; date = addDays(date, 1)) {
    const midnight = startOfLocalDay(date, timeZone);
    for (const time of times) {
      const [hours, minutes] = time.split(':').map(Number);
      const at = midnight + (hours! * 60 + minutes!) * 60_000;
      if (at > from && at <= until) slots.push(at);
    }
  }
  return slots.sort((a, b) => a - b).map((at) => new Date(at).toISOString());
}

/** Day k of a quarantine (1 on the day it started), never beyond its length in days. */
export function quarantineDay(startedAt: string, endsAt: string, nowMs: number): { day: number; days: number } {
  const days = Math.max(1, Math.round((Date.parse(endsAt) - Date.parse(startedAt)) / DAY_MS));
  const day = Math.floor((nowMs - Date.parse(startedAt)) / DAY_MS) + 1;
  return { day: Math.min(Math.max(day, 1), days), days };
}
