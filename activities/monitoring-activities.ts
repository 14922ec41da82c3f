// Activities of the `monitoring` process type: record the gate check, lay out and keep the check-in slots,
// change the end date, release, and tell the gate officer and the cadre what happened.
import type { Db } from '#core/stores/db-types';
import { findUser } from '#core/stores/user-store';
import { findSiteStanding, moveSiteStanding } from '#core/stores/gate/gate-check-store';
import { gateCheckNoticeFacts, quarantineNoticeFacts } from '#core/stores/gate/quarantine-alert-store';
import { cancelOpenQuarantineSlots, closeQuarantineSlot, openQuarantineSlot } from '#core/stores/gate/quarantine-checkin-store';
import { monitoringRecipients } from '#core/stores/monitoring/monitoring-subject-store';
import {
  findQuarantine,
  markQuarantineFever,
  quarantineEndChanges,
  releaseActiveQuarantine,
  setQuarantineEnd,
} from '#core/stores/quarantine-store';
import { keepReceivedResultEnd } from '#core/stores/submissions/received-result-end';
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

/** Input of the fever alert for a worker turned back at the gate: sent once per key and person. */
export interface TurnedBackFeverInput {
  key: string;
  checkId: string;
  template: string;
}

/** Builds the monitoring activities. */
export function createMonitoringActivities(deps: { db: Db; email: ReturnType<typeof createEmailActivities>; timeZone: string }) {
  const { db } = deps;

  /** The quarantine with its site and worker; the gate officer who checked the worker and the cadres who look after the
   * site's enterprise (the officer counts as the gate check's submitter). */
  async function recipients(quarantineId: string) {
    const q = await quarantineNoticeFacts(db, quarantineId);
    if (!q) throw new Error(`no quarantine ${quarantineId}`);
    const people = await monitoringRecipients(db, { startedBy: q.officerId, enterpriseId: q.enterpriseId }, [
      'submitter',
      'cadre-of-enterprise',
    ]);
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
      await openQuarantineSlot(db, input);
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
      await closeQuarantineSlot(db, input.quarantineId, input.slotAt, {
        status: input.status,
        temperature: input.temperature ?? null,
        note: input.note ?? null,
        fever: input.fever ?? false,
        recordedBy: input.by ?? null,
        recordedAt: input.at ?? null,
      });
      if (input.fever) await markQuarantineFever(db, input.quarantineId);
    },

    /** Moves the end date, keeping every earlier one with its reason. */
    async changeQuarantineEnd(input: { quarantineId: string; change: EndChange }): Promise<void> {
      await db.transaction(async (trx) => {
        const changes = await quarantineEndChanges(trx, input.quarantineId);
        if (changes.some((c) => c.at === input.change.at && c.to === input.change.to)) return;
        await setQuarantineEnd(trx, input.quarantineId, input.change.to, [...changes, input.change]);
        // The gate check's case is the quarantine's own submission: its page states the same end as the register.
        await keepReceivedResultEnd(trx, input.quarantineId, input.change.to);
      });
    },

    /** Ends the quarantine: the worker moves to the zone assigned at the gate. */
    async releaseQuarantine(input: { quarantineId: string; at: string }): Promise<void> {
      const q = (await findQuarantine(db, input.quarantineId))!;
      await db.transaction(async (trx) => {
        // Counted once, for the dashboard's per-site figures (migration 0012); a retry finds it released already.
        if (await releaseActiveQuarantine(trx, q.id, input.at)) await countAtGate(trx, q.projectId, input.at, 'released');
        await cancelOpenQuarantineSlots(trx, q.id);
        const standing = await findSiteStanding(trx, q.projectId, q.workerId);
        if (standing?.quarantineId === q.id)
          await moveSiteStanding(trx, standing.id, { status: 'released', zone: standing.assignedZone, updatedAt: input.at });
      });
    },

    /** Emails the gate officer and the cadres about a quarantine (fever, missed check-in, clearance). */
    async sendQuarantineNotice(input: QuarantineNoticeInput): Promise<number> {
      const { q, people } = await recipients(input.quarantineId);
      for (const person of people) {
        const locale = person.locale === 'en' ? 'en' : 'zh-CN';
        const data = {
          recipientName: person.displayName,
          workerName: q.workerName,
          // E-mail never carries a resident ID in full (core/privacy/personal-data-policy.ts).
          residentId: maskIdNumber(q.residentId),
          projectName: q.projectName,
          startedAt: q.startedAt,
          endsAt: q.endsAt,
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

    /** Emails the fever alert's people (the gate officer, the cadres) about a worker with a fever who was turned back at
     * the gate, not quarantined: they hear of the fever as they would of one in quarantine. */
    async sendTurnedBackFeverNotice(input: TurnedBackFeverInput): Promise<number> {
      const g = await gateCheckNoticeFacts(db, input.checkId);
      if (!g) throw new Error(`no gate check ${input.checkId}`);
      const people = await monitoringRecipients(db, { startedBy: g.officerId, enterpriseId: g.enterpriseId }, [
        'submitter',
        'cadre-of-enterprise',
      ]);
      for (const person of people) {
        await deps.email.sendEmail({
          key: `${input.key}/${person.id}`,
          template: input.template,
          locale: person.locale === 'en' ? 'en' : 'zh-CN',
          to: person.email,
          submissionId: g.id,
          data: {
            recipientName: person.displayName,
            workerName: g.workerName,
            residentId: maskIdNumber(g.residentId),
            projectName: g.projectName,
            checkedAt: g.checkedAt,
            temperature: g.temperature,
            fever: true,
            turnedBack: true,
            missed: false,
          },
        });
      }
      return people.length;
    },
  };
}
