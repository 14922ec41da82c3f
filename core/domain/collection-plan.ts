// When a collection round's steps happen: opening, reminders, the deadline, escalations and the bulletin, all as
// instants computed from local times (Asia/Shanghai by default) and the working-day calendar. Pure, so the activity
// that plans a round and the tests share it.
import { offsetMs } from './duration';
import { addDays, isWorkingDay, localDate, startOfLocalDay, type CalendarDay } from './working-calendar';

/** Who hears about an enterprise that has not submitted. */
export type EscalationTarget = 'enterprise' | 'cadre' | 'working-group' | 'hq';

/** Roles a collection's bulletin may be shown to. */
export const BULLETIN_READER_ROLES = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'] as const;
/** One of them. */
export type BulletinReader = (typeof BULLETIN_READER_ROLES)[number];
/** Who reads a bulletin when the params name nobody. */
export const DEFAULT_BULLETIN_READERS: readonly BulletinReader[] = ['admin', 'hq'];

/** Parameters of the `collection` process type (see forms/process-types.ts). */
export interface CollectionParams {
  target: { kind: 'all' | 'type' | 'focus' | 'list'; types?: string[]; enterpriseIds?: number[] };
  recurrence: 'once' | 'daily';
  /** Daily rounds: local time the round opens (the Schedule fires then). */
  opensAt?: string;
  /** Daily rounds: local time of the deadline (DAILY_DEADLINE when absent); one-off campaigns take theirs from the admin who opens them. */
  deadline?: string;
  skipNonWorkingDays?: boolean;
  /** A local time on the deadline's day ("15:00") or a duration before the deadline ("2 hours"). */
  reminders?: string[];
  /** After the deadline: a duration ("0 minutes") or the next such local time ("09:00" = the next morning). */
  escalation?: { after: string; to: EscalationTarget; workingGroupKey?: string; task?: FollowUpTaskParams }[];
  /** `robots`: keys of registered group robots (say, the special class's WeCom group) that get the bulletin as markdown. */
  bulletin?: { after: string; to: ('admin' | 'hq' | 'cadre' | 'special_class')[]; robots?: string[] };
  /** Roles that may read the stored bulletins in the app (besides those it is emailed to); admins and HQ when absent.
   * An enterprise among them sees only its own notes. */
  bulletinReaders?: BulletinReader[];
  /** Which fields of a report name the enterprise's liaison: each report then updates the enterprise (P1). */
  liaisonFields?: { name: string; mobile?: string; email?: string };
  /** Which field holds each dashboard figure (core/dashboard/report-numbers.ts); absent: the field of the figure's name. */
  figures?: Partial<Record<string, string>>;
  receiptTemplate?: string;
  reminderTemplate?: string;
  overdueTemplate?: string;
  bulletinTemplate?: string;
  /** Overdue steps to the enterprise also text the liaison's mobile (template collection-overdue/<locale>.sms.hbs); off by default. */
  overdueSms?: boolean;
}

/**
 * An escalation that is also a task: for `cadre`, one per enterprise on its cadre's inbox; for `working-group` or `hq`,
 * one listing the missing enterprises. The email of the step stays the notice of the task.
 */
export interface FollowUpTaskParams {
  /** A duration, "end-of-day" or "N working days", counted from the escalation. */
  sla: string;
  priority?: number;
  /**
   * Who is alerted when cadres' follow-ups pass their SLA still open (they stay open, flagged overdue). Absent: the
   * comprehensive-coordination group, which the notice makes responsible for dispatching enterprises (000 §III.2).
   */
  breachAlert?: { to: 'working-group' | 'hq'; workingGroupKey?: string };
}

/** One timed step of a round. */
export type RoundStep =
  | { kind: 'remind'; at: string; index: number }
  | { kind: 'close'; at: string; index: number }
  | { kind: 'escalate'; at: string; index: number; to: EscalationTarget; workingGroupKey?: string; task?: FollowUpTaskParams }
  | { kind: 'bulletin'; at: string; index: number };

/** A planned round: when it opens, its deadline, and its steps in the order they run. */
export interface RoundPlan {
  localDate: string;
  opensAt: string;
  deadlineAt: string;
  steps: RoundStep[];
}

/** The deadline of a daily round whose params name none. */
export const DAILY_DEADLINE = '17:00';

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ORDER: Record<RoundStep['kind'], number> = { remind: 0, close: 1, escalate: 2, bulletin: 3 };

/** The instant `HH:MM` local time begins on `date` in `timeZone`. */
export function atLocalTime(date: string, time: string, timeZone: string): number {
  const match = LOCAL_TIME.exec(time);
  if (!match) throw new Error(`"${time}" is not a local time HH:MM`);
  return startOfLocalDay(date, timeZone) + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}

/** The first `time` strictly after `afterMs`, on a working day when `workingOnly` (a "next 09:00" escalation). */
export function nextLocalTime(
  afterMs: number,
  time: string,
  timeZone: string,
  calendar: readonly CalendarDay[],
  workingOnly: boolean,
): number {
  const exceptions = new Map(calendar.map((day) => [day.date, day.kind] as const));
  let date = localDate(afterMs, timeZone);
  for (let i = 0; i < 60; i += 1, date = addDays(date, 1)) {
    const at = atLocalTime(date, time, timeZone);
    if (at > afterMs && (!workingOnly || isWorkingDay(date, exceptions))) return at;
  }
  throw new Error(`no working day within 60 days after ${new Date(afterMs).toISOString()}: check the calendar`);
}

function afterDeadline(
  deadlineMs: number,
  after: string,
  timeZone: string,
  calendar: readonly CalendarDay[],
  workingOnly: boolean,
): number {
  return LOCAL_TIME.test(after)
    ? nextLocalTime(deadlineMs, after, timeZone, calendar, workingOnly)
    : deadlineMs + offsetMs(after, 'escalation/bulletin after');
}

/** Plans a round that opens at `openedAtMs`: daily rounds take the deadline from params, campaigns from `campaignDeadline`. */
export function planRound(
  params: CollectionParams,
  openedAtMs: number,
  timeZone: string,
  calendar: readonly CalendarDay[],
  campaignDeadline?: string,
): RoundPlan {
  const date = localDate(openedAtMs, timeZone);
  const deadlineMs = campaignDeadline ? Date.parse(campaignDeadline) : atLocalTime(date, params.deadline ?? DAILY_DEADLINE, timeZone);
  const deadlineDate = localDate(deadlineMs, timeZone);
  const workingOnly = Boolean(params.skipNonWorkingDays);
  const iso = (ms: number) => new Date(ms).toISOString();
  const steps: RoundStep[] = [];
  (params.reminders ?? []).forEach((reminder, index) => {
    const at = LOCAL_TIME.test(reminder) ? atLocalTime(deadlineDate, reminder, timeZone) : deadlineMs - offsetMs(reminder, 'reminder');
    // A campaign opened an hour before its deadline has no use for the reminder two days before it.
    if (at > openedAtMs && at < deadlineMs) steps.push({ kind: 'remind', at: iso(at), index });
  });
  steps.push({ kind: 'close', at: iso(deadlineMs), index: 0 });
  (params.escalation ?? []).forEach((step, index) => {
    const at = afterDeadline(deadlineMs, step.after, timeZone, calendar, workingOnly);
    steps.push({
      kind: 'escalate',
      at: iso(at),
      index,
      to: step.to,
      ...(step.workingGroupKey ? { workingGroupKey: step.workingGroupKey } : {}),
      ...(step.task && step.to !== 'enterprise' ? { task: step.task } : {}),
    });
  });
  if (params.bulletin)
    steps.push({ kind: 'bulletin', at: iso(afterDeadline(deadlineMs, params.bulletin.after, timeZone, calendar, workingOnly)), index: 0 });
  steps.sort((a, b) => a.at.localeCompare(b.at) || ORDER[a.kind] - ORDER[b.kind] || a.index - b.index);
  return { localDate: date, opensAt: iso(openedAtMs), deadlineAt: iso(deadlineMs), steps };
}

/** Whether a daily round should run on `date` at all. */
export function roundRunsOn(params: CollectionParams, date: string, calendar: readonly CalendarDay[]): boolean {
  if (!params.skipNonWorkingDays) return true;
  return isWorkingDay(date, new Map(calendar.map((day) => [day.date, day.kind] as const)));
}
