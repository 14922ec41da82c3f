// Activities of monitoring definitions that follow a named subject (a returning worker, a site, a vehicle): record
// the subject and its period, keep its check-in slots and readings, change its end date, end it, and tell the people
// its params name. The gate check has its own (monitoring-activities.ts); both share the check-in slot layout.
import type { LocalizedText } from '#core/domain/locale';
import type { EndChange, MonitoringAudience, SubjectFacts, SubjectMonitoringParams } from '#core/domain/monitoring-params';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import type { Db } from '#core/stores/db-types';
import {
  cancelOpenSlots,
  closeSubjectSlot,
  countSubjectAlert,
  endActiveSubject,
  findSubject,
  insertSubject,
  monitoringRecipients,
  openSubjectSlot,
  setSubjectEnd,
  subjectEndChanges,
  type SubjectRow,
} from '#core/stores/monitoring/monitoring-subject-store';
import { keepReceivedResultEnd } from '#core/stores/submissions/received-result-end';
import type { createEmailActivities } from './email-activities';

const DAY_MS = 86_400_000;

/** Input of startSubject: the submission that names the subject, recorded at workflow time `at`. */
export interface StartSubjectInput {
  submissionId: string;
  formKey: string;
  formVersion: number;
  enterpriseId: number | null;
  startedBy: number;
  data: Record<string, unknown>;
  params: SubjectMonitoringParams;
  at: string;
}

/** Input of a monitoring notice (an alert or the end), sent once per key and person. */
export interface MonitoringNoticeInput {
  key: string;
  subjectId: string;
  template: string;
  audience: MonitoringAudience[];
  formTitle: LocalizedText;
  data: Record<string, unknown>;
}

/** When a period of `days` started at `at` ends: `days` × 24 hours, or local 24:00 of day `days` (day 1 = the start). */
export function subjectEndsAt(at: string, params: Pick<SubjectMonitoringParams, 'days' | 'countDays'>, timeZone: string): string {
  if (params.countDays === 'calendar')
    return new Date(startOfLocalDay(addDays(localDate(at, timeZone), params.days), timeZone)).toISOString();
  return new Date(Date.parse(at) + params.days * DAY_MS).toISOString();
}

function factsOf(row: SubjectRow): SubjectFacts {
  return { id: row.id, enterpriseId: row.enterpriseId, name: row.name, startedAt: row.startedAt, endsAt: row.endsAt };
}

/** Builds the activities of subject monitoring. */
export function createSubjectMonitoringActivities(deps: { db: Db; email: ReturnType<typeof createEmailActivities>; timeZone: string }) {
  const { db } = deps;

  return {
    /** Records the subject once (by submission id) and returns it with its period. */
    async startSubject(input: StartSubjectInput): Promise<SubjectFacts> {
      const name = String(input.data[input.params.subject.nameField] ?? '').slice(0, 200);
      await insertSubject(db, {
        id: input.submissionId,
        formKey: input.formKey,
        formVersion: input.formVersion,
        kind: input.params.subject.kind,
        name,
        enterpriseId: input.enterpriseId,
        startedBy: input.startedBy,
        startedAt: input.at,
        endsAt: subjectEndsAt(input.at, input.params, deps.timeZone),
      });
      return factsOf((await findSubject(db, input.submissionId))!);
    },

    /** Opens a check-in slot: it may be recorded from opensAt and counts as missed at dueAt. */
    async openSubjectCheckIn(input: { subjectId: string; slotAt: string; opensAt: string; dueAt: string }): Promise<void> {
      await openSubjectSlot(db, input);
    },

    /** Closes a slot as done (with its readings), missed, or cancelled (the period ended before it). */
    async closeSubjectCheckIn(input: {
      subjectId: string;
      slotAt: string;
      status: 'done' | 'missed' | 'cancelled';
      readings?: Record<string, number>;
      note?: string;
      alert?: boolean;
      by?: number;
      at?: string;
    }): Promise<void> {
      const closed = await closeSubjectSlot(db, input.subjectId, input.slotAt, {
        status: input.status,
        readings: input.readings ?? null,
        note: input.note ?? null,
        alert: input.alert ?? false,
        recordedBy: input.by ?? null,
        recordedAt: input.at ?? null,
      });
      if (closed && (input.alert || input.status === 'missed')) await countSubjectAlert(db, input.subjectId);
    },

    /** Moves the end date, keeping every earlier one with its reason, and the end the case's own page states. */
    async changeSubjectEnd(input: { subjectId: string; change: EndChange }): Promise<void> {
      await db.transaction(async (trx) => {
        const changes = await subjectEndChanges(trx, input.subjectId);
        if (changes.some((c) => c.at === input.change.at && c.to === input.change.to)) return;
        await setSubjectEnd(trx, input.subjectId, input.change.to, [...changes, input.change]);
        await keepReceivedResultEnd(trx, input.subjectId, input.change.to);
      });
    },

    /** Ends the subject's monitoring; slots still open are cancelled. */
    async endSubject(input: { subjectId: string; at: string }): Promise<void> {
      await db.transaction(async (trx) => {
        await endActiveSubject(trx, input.subjectId, input.at);
        await cancelOpenSlots(trx, input.subjectId);
      });
    },

    /** Emails the people the params name about a subject (alert or end); the readings themselves never go by email. */
    async sendMonitoringNotice(input: MonitoringNoticeInput): Promise<number> {
      const subject = (await findSubject(db, input.subjectId))!;
      const people = await monitoringRecipients(db, subject, input.audience);
      for (const person of people) {
        const locale = person.locale === 'en' ? 'en' : 'zh-CN';
        await deps.email.sendEmail({
          key: `${input.key}/${person.id}`,
          template: input.template,
          locale,
          to: person.email,
          submissionId: input.subjectId,
          data: {
            recipientName: person.displayName,
            formTitle: input.formTitle[locale],
            subjectName: subject.name,
            ...factsOf(subject),
            ...input.data,
            rules: ((input.data.rules ?? []) as LocalizedText[]).map((words) => words[locale]),
          },
        });
      }
      return people.length;
    },
  };
}
