// Activities of the `monitoring` process type: record the gate check, lay out and keep the check-in slots,
// change the end date, release, and tell the gate officer and the cadre what happened.
import type { Knex } from '#core/stores';
import { findUser } from '#core/stores/user-store';
import { fromJson, toJson } from '#core/db';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import type { EndChange, GateRecord, MonitoringParams } from '#core/domain/monitoring-params';
import { maskIdNumber } from '#core/privacy/mask';
import { recordGateCheck } from '#core/gate/record-gate-check';
import type { createEmailActivities } from './email-activities';
import { countAtGate } from '#core/stores/dashboard/gate-site-hours';

/** Input of admitAtGate: the submission of the gate-check form, recorded at workflow time `at`. */
export interface AdmitAtGateInput {
  submissionId: string;
  formVersion: number;
  officerId: number;
  data: Record<string, unknown>;
  params: MonitoringParams;
  at: string;
}

/** Input of a quarantine notice (an alert or the clearance), sent once per key and person. */
export interface QuarantineNoticeInput {
  key: string;
  quarantineId: string;
  template: string;
  data: Record<string, unknown>;
}

/** Builds the monitoring activities. */
export function createMonitoringActivities(deps: { db: Knex; email: ReturnType<typeof createEmailActivities>; timeZone: string }) {
  const { db } = deps;

  /** The gate officer who checked the worker and the cadres who look after the site's enterprise. */
  async function recipients(quarantineId: string) {
    const q = await db('quarantines as q')
      .join('projects as p', 'p.id', 'q.project_id')
      .join('workers as w', 'w.id', 'q.worker_id')
      .where('q.id', quarantineId)
      .first('q.*', 'p.name as project_name', 'p.enterprise_id', 'w.name as worker_name', 'w.resident_id');
    const cadres = db('cadre_assignments').where({ enterprise_id: q.enterprise_id }).whereNull('ended_at').select('cadre_id');
    const people = await db('users')
      .where({ active: true })
      .whereNotNull('email')
      .andWhere((w) => {
        w.where('id', q.officer_id).orWhereIn('id', cadres);
      })
      .select('id', 'email', 'display_name', 'locale');
    return { q, people };
  }

  return {
    /** Records the gate check for a submission of the gate-check form; the officer's site is the project. */
    async admitAtGate(input: AdmitAtGateInput): Promise<GateRecord> {
      const officer = await findUser(db, input.officerId);
      if (!officer?.projectId) throw new Error(`user ${input.officerId} guards no project site`);
      return recordGateCheck(db, {
        checkId: input.submissionId,
        projectId: officer.projectId,
        officerId: input.officerId,
        formVersion: input.formVersion,
        data: input.data,
        params: input.params,
        at: input.at,
      });
    },

    /** The check-in instants after `from` up to `until` at the plan's local times. */
    async quarantineSlots(input: { from: string; until: string; times: string[] }): Promise<string[]> {
      return checkInSlots(input.from, input.until, input.times, deps.timeZone);
    },

    /** Opens a check-in slot: the gate officer's task for that morning or afternoon. */
    async openCheckIn(input: { quarantineId: string; slotAt: string; opensAt: string; dueAt: string }): Promise<void> {
      await db('quarantine_checkins')
        .insert({ quarantine_id: input.quarantineId, slot_at: input.slotAt, opens_at: input.opensAt, due_at: input.dueAt, status: 'open' })
        .onConflict(['quarantine_id', 'slot_at'])
        .ignore();
    },

    /** Closes a slot as done (with its reading), missed, or cancelled (the quarantine ended before it). */
    async closeCheckIn(input: {
      quarantineId: string;
      slotAt: string;
      status: 'done' | 'missed' | 'cancelled';
      temperature?: number;
      note?: string;
      fever?: boolean;
      by?: number;
      at?: string;
    }): Promise<void> {
      await db('quarantine_checkins')
        .where({ quarantine_id: input.quarantineId, slot_at: input.slotAt, status: 'open' })
        .update({
          status: input.status,
          temperature: input.temperature ?? null,
          note: input.note ?? null,
          fever: input.fever ?? false,
          recorded_by: input.by ?? null,
          recorded_at: input.at ?? null,
        });
      if (input.fever) await db('quarantines').where({ id: input.quarantineId }).update({ fever: true });
    },

    /** Moves the end date, keeping every earlier one with its reason. */
    async changeQuarantineEnd(input: { quarantineId: string; change: EndChange }): Promise<void> {
      const row = await db('quarantines').where({ id: input.quarantineId }).first('end_changes');
      const changes = fromJson<EndChange[]>(row.end_changes);
      if (changes.some((c) => c.at === input.change.at && c.to === input.change.to)) return;
      await db('quarantines')
        .where({ id: input.quarantineId })
        .update({ ends_at: input.change.to, end_changes: toJson([...changes, input.change]) });
    },

    /** Ends the quarantine: the worker moves to the zone assigned at the gate. */
    async releaseQuarantine(input: { quarantineId: string; at: string }): Promise<void> {
      const q = await db('quarantines').where({ id: input.quarantineId }).first();
      await db.transaction(async (trx) => {
        const released = await trx('quarantines')
          .where({ id: q.id, status: 'active' })
          .update({ status: 'released', released_at: input.at });
        // Counted once, for the dashboard's per-site figures (migration 0012); a retry finds it released already.
        if (released) await countAtGate(trx, Number(q.project_id), input.at, 'released');
        await trx('quarantine_checkins').where({ quarantine_id: q.id, status: 'open' }).update({ status: 'cancelled' });
        const standing = await trx('site_workers').where({ project_id: q.project_id, worker_id: q.worker_id }).first();
        if (standing?.quarantine_id === q.id)
          await trx('site_workers')
            .where({ id: standing.id })
            .update({ status: 'released', zone: standing.assigned_zone, updated_at: input.at });
      });
    },

    /** Emails the gate officer and the cadres about a quarantine (fever, missed check-in, clearance). */
    async sendQuarantineNotice(input: QuarantineNoticeInput): Promise<number> {
      const { q, people } = await recipients(input.quarantineId);
      for (const person of people) {
        const locale = person.locale === 'en' ? 'en' : 'zh-CN';
        const data = {
          recipientName: person.display_name,
          workerName: q.worker_name,
          // E-mail never carries a resident ID in full (core/privacy/personal-data-policy.ts).
          residentId: maskIdNumber(q.resident_id),
          projectName: q.project_name,
          startedAt: q.started_at,
          endsAt: q.ends_at,
          ...input.data,
        };
        await deps.email.sendEmail({
          key: `${input.key}/${person.id}`,
          template: input.template,
          locale,
          to: person.email,
          submissionId: q.id,
          data,
        });
      }
      return people.length;
    },
  };
}
