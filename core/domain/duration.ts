// The one grammar for how long something takes, as admins write it in process params: a duration ("4 hours", "30 min"),
// an SLA (a duration, "end-of-day" or "N working days") or an offset from a deadline ("0 minutes" allowed). The JSON
// Schema patterns that check a definition before it publishes and the parsers the activities and workflows run are built
// from the same pieces below, so a value the definition check accepts is one the runtime reads, and the other way round.
// Pure and sandbox-safe: workflows import it.

/** How long one unit lasts, by every spelling of it the grammar accepts (lower case). */
// Chinese too, as the editor's hints and the rule lines write them ("4 小时", "30 分钟", "1 天").
const UNITS: readonly { ms: number; names: readonly string[] }[] = [
  { ms: 1, names: ['ms', 'millisecond', 'milliseconds', '毫秒'] },
  { ms: 1000, names: ['s', 'sec', 'secs', 'second', 'seconds', '秒', '秒钟'] },
  { ms: 60_000, names: ['m', 'min', 'mins', 'minute', 'minutes', '分', '分钟'] },
  { ms: 3_600_000, names: ['h', 'hr', 'hrs', 'hour', 'hours', '小时', '个小时', '钟头', '个钟头'] },
  { ms: 86_400_000, names: ['d', 'day', 'days', '天', '日'] },
];
const MS_OF_UNIT = new Map(UNITS.flatMap((unit) => unit.names.map((name) => [name, unit.ms] as const)));

// Longest spellings first, so each alternative reads naturally; the anchors make the match exact either way.
const UNIT = `(${[...MS_OF_UNIT.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const ANY_NUMBER = '(\\d+(?:\\.\\d+)?)';
// At least one digit that is not zero: "0 minutes" and "0.0 h" are not positive.
const POSITIVE_NUMBER = '(0*[1-9]\\d*(?:\\.\\d+)?|0+\\.\\d*[1-9]\\d*)';
const WORKING_DAYS = '(0?[1-9]|[1-9]\\d)\\s*(?:working\\s*days?|个?工作日)';
// "当天办结" is how the rule lines say it (forms/rules/describe-rule.ts).
const END_OF_DAY = '[Ee]nd[- ]of[- ]day|当[天日](?:办结|内)?';
const exact = (body: string) => `^\\s*(?:${body})\\s*$`;

/** A positive duration: "4 hours", "30 min", "1.5d", "20 secs". */
export const DURATION_PATTERN = exact(`${POSITIVE_NUMBER}\\s*${UNIT}`);
/** A duration that may be zero: how long before or after a deadline ("0 minutes": at the deadline). */
export const OFFSET_PATTERN = exact(`${ANY_NUMBER}\\s*${UNIT}`);
/** An SLA: a positive duration, "end-of-day" (local 24:00 of the day it starts) or "N working days" (1–99). */
export const SLA_PATTERN = exact(`${END_OF_DAY}|${WORKING_DAYS}|${POSITIVE_NUMBER}\\s*${UNIT}`);

/** An SLA as read: a duration in ms, the end of the local day, or a count of working days. */
export type Sla = { kind: 'duration'; ms: number } | { kind: 'end-of-day' } | { kind: 'working-days'; days: number };

const DURATION_RE = new RegExp(DURATION_PATTERN);
const OFFSET_RE = new RegExp(OFFSET_PATTERN);
const END_OF_DAY_RE = new RegExp(exact(END_OF_DAY));
const WORKING_DAYS_RE = new RegExp(exact(WORKING_DAYS));

function msOf(match: RegExpExecArray): number {
  return Number(match[1]) * MS_OF_UNIT.get(match[2]!)!;
}

/** A positive duration in ms; undefined when `text` does not match DURATION_PATTERN. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION_RE.exec(text);
  return match ? msOf(match) : undefined;
}

/** An offset in ms (zero allowed); undefined when `text` does not match OFFSET_PATTERN. */
export function parseOffset(text: string): number | undefined {
  const match = OFFSET_RE.exec(text);
  return match ? msOf(match) : undefined;
}

/** An SLA; undefined when `text` does not match SLA_PATTERN. */
export function parseSla(text: string): Sla | undefined {
  if (END_OF_DAY_RE.test(text)) return { kind: 'end-of-day' };
  const working = WORKING_DAYS_RE.exec(text);
  if (working) return { kind: 'working-days', days: Number(working[1]) };
  const ms = parseDuration(text);
  return ms === undefined ? undefined : { kind: 'duration', ms };
}

/** Thrown when a process parameter is not in the grammar: a configuration fault that no retry can mend. */
export class DurationFault extends Error {
  constructor(
    readonly field: string,
    readonly value: string,
    expected: string,
  ) {
    super(`${field} "${value}" is not ${expected}; fix the process definition and publish it again`);
    this.name = 'DurationFault';
  }
}

const EXPECTED = {
  duration: 'a duration such as "4 hours", "30 minutes" or "1 day"',
  offset: 'a duration such as "0 minutes", "2 hours" or "1 day"',
  sla: 'a duration such as "4 hours", "end-of-day" or "N working days" ("4 小时", "当天办结", "2 个工作日")',
};

/** parseDuration, or a DurationFault naming `field`. */
export function durationMs(text: string, field: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new DurationFault(field, text, EXPECTED.duration);
  return ms;
}

/** parseOffset, or a DurationFault naming `field`. */
export function offsetMs(text: string, field: string): number {
  const ms = parseOffset(text);
  if (ms === undefined) throw new DurationFault(field, text, EXPECTED.offset);
  return ms;
}

/** parseSla, or a DurationFault naming `field`. */
export function slaOf(text: string, field: string): Sla {
  const sla = parseSla(text);
  if (!sla) throw new DurationFault(field, text, EXPECTED.sla);
  return sla;
}
