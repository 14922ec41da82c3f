// Which local day each UTC hour of a period belongs to, for the by-day tables read from hourly roll-ups.
import { addDays, startOfLocalDay } from '#core/domain/working-calendar';
import type { FigureRange } from './figure-group';

const HOUR = 3_600_000;
// Worked out once per period and zone: 24 hours a day, each with a zone lookup per day, cost a few milliseconds of
// CPU per dashboard request (twice: gate and difficulties), and the same few periods are asked for again and again.
const CACHE_SIZE = 64;
const cache = new Map<string, ReadonlyMap<string, string>>();

/** The local day (YYYY-MM-DD) of each UTC hour (YYYY-MM-DDTHH) of the period's local days. */
export function hourDays(range: Pick<FigureRange, 'from' | 'to' | 'timeZone'>): ReadonlyMap<string, string> {
  const key = `${range.from}/${range.to}/${range.timeZone}`;
  const known = cache.get(key);
  if (known) return known;
  const dayOf = new Map<string, string>();
  let start = startOfLocalDay(range.from, range.timeZone);
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const end = startOfLocalDay(addDays(day, 1), range.timeZone);
    for (let at = start; at < end; at += HOUR) dayOf.set(new Date(at).toISOString().slice(0, 13), day);
    start = end;
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, dayOf);
  return dayOf;
}
