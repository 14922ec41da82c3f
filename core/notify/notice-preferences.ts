// Per-recipient preferences (issue 22): which channels a person wants for which kinds of notice, and when a channel
// keeps quiet. Only a person's explicit choices are stored; everything else comes from the defaults of their role.
// The channel is a string, so a channel added later (SMS) plugs in by being listed in PREFERENCE_CHANNELS.
import { atLocalTime } from '../domain/collection-plan';
import { addDays, localDate } from '../domain/working-calendar';
import { localTime } from '../domain/zoned-time';
import type { Role } from '../org/org-types';

/** Kinds of notice a person chooses channels for; each template purpose belongs to one. */
export const PURPOSE_CLASSES = ['alerts', 'tasks', 'reminders', 'case-updates', 'bulletins'] as const;
/** One of PURPOSE_CLASSES. */
export type PurposeClass = (typeof PURPOSE_CLASSES)[number];

/** Channels that reach one person (group robots reach a chat and have no personal preferences). */
export const PREFERENCE_CHANNELS = ['email', 'sms'] as const;

// Alerts are urgent: they may go by SMS by default and ignore quiet hours.
const PURPOSE_CLASS_OF: Readonly<Record<string, PurposeClass>> = {
  'case-overdue-alert': 'alerts',
  'quarantine-alert': 'alerts',
  'monitoring-alert': 'alerts',
  'follow-up-overdue-alert': 'alerts',
  'rework-overdue-alert': 'alerts',
  'task-assigned': 'tasks',
  'task-due-soon': 'tasks',
  'task-overdue': 'tasks',
  'daily-digest': 'tasks',
  'collection-opening': 'reminders',
  'collection-reminder': 'reminders',
  'collection-overdue': 'reminders',
  'collection-bulletin': 'bulletins',
  'collection-liaison-list': 'bulletins',
  'commendation-notice': 'bulletins',
  'commendation-publicity': 'bulletins',
  'good-practice-notice': 'bulletins',
};

/** The kind of notice a template purpose is (a purpose not listed is an update about a case). */
export function purposeClassOf(purpose: string): PurposeClass {
  return PURPOSE_CLASS_OF[purpose] ?? 'case-updates';
}

/** Quiet hours of one channel, local "HH:MM"; start after end spans midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

/** A person's stored choices: channel per kind of notice, and quiet hours per channel (null: none). */
export interface StoredPreferences {
  choices: { purposeClass: string; channel: string; enabled: boolean }[];
  quietHours: { channel: string; hours: QuietHours | null }[];
}

/** Whether a choice is fixed by the role: cadres always get email (they answer for their enterprises by it). */
export function lockedChoice(role: Role, channel: string): boolean {
  return role === 'cadre' && channel === 'email';
}

/** The default of a role: email for everything, SMS only for urgent kinds — and, for an enterprise user, reminders (a
 * liaison gets the overdue text only when the definition asks for it: the definition's choice stands unless refused). */
export function defaultChoice(role: Role, purposeClass: PurposeClass, channel: string): boolean {
  if (channel === 'sms') return purposeClass === 'alerts' || (role === 'enterprise' && purposeClass === 'reminders');
  return true;
}

/** Default quiet hours of a channel: no SMS from 22:00 to 07:00. */
export function defaultQuietHours(channel: string): QuietHours | null {
  return channel === 'sms' ? { start: '22:00', end: '07:00' } : null;
}

/** What a person gets on each channel for each kind, defaults and stored choices merged. */
export function effectivePreferences(role: Role, stored: StoredPreferences) {
  const choices = PURPOSE_CLASSES.flatMap((purposeClass) =>
    PREFERENCE_CHANNELS.map((channel) => {
      const locked = lockedChoice(role, channel);
      const byDefault = defaultChoice(role, purposeClass, channel);
      const mine = stored.choices.find((c) => c.purposeClass === purposeClass && c.channel === channel);
      return { purposeClass, channel, enabled: locked ? true : (mine?.enabled ?? byDefault), locked, byDefault };
    }),
  );
  const quietHours = PREFERENCE_CHANNELS.map((channel) => {
    const mine = stored.quietHours.find((q) => q.channel === channel);
    return { channel, hours: mine ? mine.hours : defaultQuietHours(channel), byDefault: defaultQuietHours(channel) };
  });
  return { choices, quietHours };
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant quiet hours end when `nowMs` falls inside them, else null. */
export function quietUntil(hours: QuietHours | null, nowMs: number, timeZone: string): string | null {
  if (!hours || hours.start === hours.end) return null;
  const today = localDate(nowMs, timeZone);
  const now = minutes(localTime(nowMs, timeZone));
  const [start, end] = [minutes(hours.start), minutes(hours.end)];
  const spansMidnight = start > end;
  const inside = spansMidnight ? now >= start || now < end : now >= start && now < end;
  if (!inside) return null;
  // Past the start on a window spanning midnight, the end is tomorrow's; otherwise it is today's.
  const endDate = spansMidnight && now >= start ? addDays(today, 1) : today;
  return new Date(atLocalTime(endDate, hours.end, timeZone)).toISOString();
}

/** What to do with one person's copy of a notice on a channel. */
export type DeliveryPlan = { send: false; reason: 'opted-out' } | { send: true; notBefore: string | null };

/** Applies a person's preferences: skipped when they opted out, held to the end of quiet hours unless urgent. */
export function planDelivery(
  role: Role,
  stored: StoredPreferences,
  notice: { channel: string; purpose: string; urgent?: boolean },
  nowMs: number,
  timeZone: string,
): DeliveryPlan {
  const purposeClass = purposeClassOf(notice.purpose);
  const urgent = notice.urgent === true || purposeClass === 'alerts';
  const known = (PREFERENCE_CHANNELS as readonly string[]).includes(notice.channel);
  if (known && !lockedChoice(role, notice.channel)) {
    const mine = stored.choices.find((c) => c.purposeClass === purposeClass && c.channel === notice.channel);
    const enabled = mine?.enabled ?? defaultChoice(role, purposeClass, notice.channel);
    // An urgent notice on SMS goes unless the person turned SMS off for alerts themselves.
    if (!enabled && !(urgent && notice.channel === 'sms' && !mine)) return { send: false, reason: 'opted-out' };
  }
  if (urgent) return { send: true, notBefore: null };
  const stated = stored.quietHours.find((q) => q.channel === notice.channel);
  const hours = stated ? stated.hours : defaultQuietHours(notice.channel);
  return { send: true, notBefore: quietUntil(hours, nowMs, timeZone) };
}
