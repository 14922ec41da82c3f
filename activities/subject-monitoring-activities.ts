// Activities of monitoring definitions that follow a named subject (a returning worker, a site, a vehicle): record
// the subject and its period, keep its check-in slots and readings, change its end date, end it, and tell the people
// its params name. The gate check has its own (monitoring-activities.ts); both share the check-in slot layout.
import type { Knex } from 'knex';
import { fromJson, toJson } from '#core/db';
import type { LocalizedText } from '#core/domain/locale';
import type { EndChange, MonitoringAudience, SubjectFacts, SubjectMonitoringParams } from '#core/domain/monitoring-params';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
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

function factsOf(row: Record<string, unknown>): SubjectFacts {
  return {
    id: String(row.id),
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    name: String(row.name),
    startedAt: String(row.started_at),
    endsAt: String(row.ends_at),
  };
}

/** Builds the activities of subject monitoring. */
export function createSubjectMonitoringActivities(deps: { db: Knex; email: ReturnType<typeof createEmailActivities>; timeZone: string }) {
  const { db } = deps;

  /** The active users the audience names, for the subject's starter and enterprise. */
  async function recipients(subject: Record<string, unknown>, audience: MonitoringAudience[]) {
    const enterpriseId = subject.enterprise_id == null ? -1 : Number(subject.enterprise_id);
    const cadres = db('cadre_assignments').where({ enterprise_id: enterpriseId }).whereNull('ended_at').select('cadre_id');
    return db('users')
      .where({ active: true })
      .whereNotNull('email')
      .andWhere((w) => {
        if (audience.includes('submitter')) w.orWhere('id', Number(subject.started_by));
        if (audience.includes('cadre-of-enterprise')) w.orWhereIn('id', cadres);
        if (audience.includes('enterprise')) w.orWhere({ role: 'enterprise', enterprise_id: enterpriseId });
        if (audience.includes('hq')) w.orWhere('role', 'hq');
        if (audience.includes('admin')) w.orWhere('role', 'admin');
      })
      .orderBy('id')
      .select('id', 'email', 'display_name', 'locale');
  }

  return {
    /** Records the subject once (by submission id) and returns it with its period. */
    async startSubject(input: StartSubjectInput): Promise<SubjectFacts> {
      const name = String(input.data[input.params.subject.nameField] ?? '').slice(0, 200);
      await db('monitoring_subjects')
        .insert({
          id: input.submissionId,
          workflow_id: `submission-${input.submissionId}`,
          form_key: input.formKey,
          form_version: input.formVersion,
          subject_kind: input.params.subject.kind,
          name,
          enterprise_id: input.enterpriseId,
          started_by: input.startedBy,
          status: 'active',
          started_at: input.at,
          ends_at: subjectEndsAt(input.at, input.params, deps.timeZone),
          end_changes: '[]',
        })
        .onConflict('id')
        .ignore();
      return factsOf(await db('monitoring_subjects').where({ id: input.submissionId }).first());
    },

    /** Opens a check-in slot: it may be recorded from opensAt and counts as missed at dueAt. */
    async openSubjectCheckIn(input: { subjectId: string; slotAt: string; opensAt: string; dueAt: string }): Promise<void> {
      await db('monitoring_checkins')
        .insert({ subject_id: input.subjectId, slot_at: input.slotAt, opens_at: input.opensAt, due_at: input.dueAt, status: 'open' })
        .onConflict(['subject_id', 'slot_at'])
        .ignore();
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
      const closed = await db('monitoring_checkins')
        .where({ subject_id: input.subjectId, slot_at: input.slotAt, status: 'open' })
        .update({
          status: input.status,
          readings: input.readings ? toJson(input.readings) : null,
          note: input.note ?? null,
          alert: input.alert ?? false,
          recorded_by: input.by ?? null,
          recorded_at: input.at ?? null,
        });
      if (closed && (input.alert || input.status === 'missed'))
        await db('monitoring_subjects').where({ id: input.subjectId }).increment('alerts', 1);
    },

    /** Moves the end date, keeping every earlier one with its reason. */
    async changeSubjectEnd(input: { subjectId: string; change: EndChange }): Promise<void> {
      const row = await db('monitoring_subjects').where({ id: input.subjectId }).first('end_changes');
      const changes = fromJson<EndChange[]>(row.end_changes);
      if (changes.some((c) => c.at === input.change.at && c.to === input.change.to)) return;
      await db('monitoring_subjects')
        .where({ id: input.subjectId })
        .update({ ends_at: input.change.to, end_changes: toJson([...changes, input.change]) });
    },

    /** Ends the subject's monitoring; slots still open are cancelled. */
    async endSubject(input: { subjectId: string; at: string }): Promise<void> {
      await db.transaction(async (trx) => {
        await trx('monitoring_subjects').where({ id: input.subjectId, status: 'active' }).update({ status: 'ended', ended_at: input.at });
        await trx('monitoring_checkins').where({ subject_id: input.subjectId, status: 'open' }).update({ status: 'cancelled' });
      });
    },

    /** Emails the people the params name about a subject (alert or end); the readings themselves never go by email. */
    async sendMonitoringNotice(input: MonitoringNoticeInput): Promise<number> {
      const subject = await db('monitoring_subjects').where({ id: input.subjectId }).first();
      const people = await recipients(subject, input.audience);
      for (const person of people) {
        const locale = person.locale === 'en' ? 'en' : 'zh-CN';
        await deps.email.sendEmail({
          key: `${input.key}/${person.id}`,
          template: input.template,
          locale,
          to: person.email,
          submissionId: input.subjectId,
          data: {
            recipientName: person.display_name,
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
