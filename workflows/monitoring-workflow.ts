// The `monitoring` process type. The gate check (P5) is one definition of it: a gate check decides by the
// definition's entry rules; a quarantined worker is followed for N days with check-ins at the configured local times.
// Fever alerts the gate officer, the cadre and HQ's group robots and refers the worker to HQ; a missed check-in alerts; the end date
// moves only with a reason; release sends the clearance. The check-in slots run in workflows/check-in-loop.ts, shared with every other monitored subject; a long
// run continues as new.
import { allHandlersFinished, condition, continueAsNew, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import { feverReason, firedRules, type GateOutcome, type ValueRule } from '#core/domain/gate-rules';
import {
  followsSubject,
  type EndChange,
  type MonitoringParams,
  type QuarantineFacts,
  type QuarantineMoment,
} from '#core/domain/monitoring-params';
import type { ProcessStartInput } from '#core/domain/process-start';
import { DB_WRITE, EMAIL } from './activity-profiles';
import { humanTask } from './human-task';
import { installMonitoringHandlers, type Live, type Reading } from './monitoring-handlers';
import { followCheckIns, type CheckInPort } from './check-in-loop';
import { followSubject, type SubjectMonitoringInput, type SubjectMonitoringResult } from './subject-monitoring';

/** What a continued run carries over from the one before. */
export interface MonitoringCarry {
  quarantine: QuarantineFacts;
  endsAt: string;
  lastSlot: string;
  checkIns: number;
  missed: number;
  changes: EndChange[];
}

/** Input: the gate-check submission and its params snapshot; `carry` when continued as new. */
export interface MonitoringInput extends ProcessStartInput<MonitoringParams> {
  carry?: MonitoringCarry;
  /** History length past which a run continues as new (tests lower it). */
  historyLimit?: number;
}

/** How a gate check (and its quarantine, if any) ended. */
export interface MonitoringResult {
  outcome: GateOutcome;
  reasons: ValueRule[];
  releasedAt: string | null;
  endsAt: string | null;
  checkIns: number;
  missed: number;
  changes: EndChange[];
}

const db = proxyActivities<Activities>(DB_WRITE);
const mail = proxyActivities<Activities>(EMAIL);
// Texts to the worker and group-robot alerts (issue 22) came after the gate's histories: every such step is behind it.
const CHANNELS = 'quarantine-channels';
// A worker turned back with a fever (reasons that name it came with this step) alerts as a fever in quarantine does.
const TURNED_BACK_FEVER = 'turned-back-fever-alert';
// ... and reaches the robots that hear a quarantine start (HQ's by default), as a fever quarantined at the gate does.
const TURNED_BACK_FEVER_ROBOTS = 'turned-back-fever-robots';
// A fever at a quarantine check-in reached HQ by referral and email only; it now reaches those robots too (P5: fever → HQ).
const CHECK_IN_FEVER_ROBOTS = 'check-in-fever-robots';
const nowIso = () => new Date().toISOString();

/** Decides at the gate; for a quarantine, follows it until release. Any other monitoring definition follows its
 * subject (subject-monitoring.ts); that branch came after the gate's histories, hence its patch marker. */
export async function monitoringWorkflow(
  input: MonitoringInput | SubjectMonitoringInput,
): Promise<MonitoringResult | SubjectMonitoringResult> {
  if (followsSubject(input.params) && patched('monitoring-subjects')) return followSubject(input as SubjectMonitoringInput);
  return followQuarantine(input as MonitoringInput);
}

async function followQuarantine(input: MonitoringInput): Promise<MonitoringResult> {
  const { workflowId } = workflowInfo();
  const carry = input.carry;
  const live: Live = {
    quarantine: carry?.quarantine ?? null,
    state: {
      phase: carry ? 'quarantine' : 'gate',
      endsAt: carry?.endsAt ?? '',
      open: null,
      checkIns: carry?.checkIns ?? 0,
      missed: carry?.missed ?? 0,
      changes: carry?.changes ?? [],
    },
    reading: null,
    endVersion: 0,
  };
  installMonitoringHandlers(live, input.params);
  if (!live.quarantine) {
    const record = await db.admitAtGate({
      submissionId: input.submissionId,
      formVersion: input.formVersion,
      officerId: input.submitter.userId,
      data: input.data,
      params: input.params,
      at: nowIso(),
    });
    const result: MonitoringResult = {
      outcome: record.outcome,
      reasons: record.reasons,
      releasedAt: null,
      endsAt: record.quarantine?.endsAt ?? null,
      checkIns: 0,
      missed: 0,
      changes: [],
    };
    if (!record.quarantine) {
      await db.markSubmission({
        submissionId: input.submissionId,
        status: record.outcome === 'admitted' ? 'settled' : 'rejected',
        result: { ...result },
      });
      if (input.params.alertTemplate && feverReason(record.reasons) && patched(TURNED_BACK_FEVER))
        await mail.sendTurnedBackFeverNotice({
          key: `${workflowId}/turned-back/fever`,
          checkId: input.submissionId,
          template: input.params.alertTemplate,
        });
      if (feverReason(record.reasons) && patched(TURNED_BACK_FEVER_ROBOTS))
        await mail.sendTurnedBackFeverChannels({
          key: `${workflowId}/turned-back/fever/channels`,
          checkId: input.submissionId,
          alerts: input.params.quarantineAlerts,
        });
      return result;
    }
    live.quarantine = record.quarantine;
    live.state.endsAt = record.quarantine.endsAt;
    live.state.phase = 'quarantine';
    await db.markSubmission({
      submissionId: input.submissionId,
      status: 'received',
      result: { ...result, startedAt: record.quarantine.startedAt },
    });
    await db.recordEvent({
      key: `${workflowId}/started`,
      submissionId: record.quarantine.id,
      kind: 'quarantine.started',
      detail: { startedAt: record.quarantine.startedAt, endsAt: record.quarantine.endsAt, reasons: record.reasons },
    });
    if (patched(CHANNELS)) await announce(input, record.quarantine.id, `${workflowId}/started/channels`, 'started', {});
  }
  const quarantine = live.quarantine;
  const referrals: Promise<unknown>[] = [];
  const port = quarantinePort(input, quarantine, live);
  const lastSlot = await followCheckIns(input.params, input.historyLimit, live, port, carry?.lastSlot ?? quarantine.startedAt, referrals);
  if (lastSlot !== null) {
    // Continue as new with what the next run needs; open referrals keep a run alive, so none is lost.
    await condition(allHandlersFinished);
    const next: MonitoringCarry = {
      quarantine,
      endsAt: live.state.endsAt,
      lastSlot,
      checkIns: live.state.checkIns,
      missed: live.state.missed,
      changes: live.state.changes,
    };
    return continueAsNew<typeof monitoringWorkflow>({ ...input, carry: next });
  }
  return release(input, quarantine, live, referrals);
}

/** What the check-in loop writes for a quarantine: its own slot rows, a missed-check-in alert, a fever referral. */
function quarantinePort(input: MonitoringInput, quarantine: QuarantineFacts, live: Live): CheckInPort<Reading> {
  return {
    open: async (slot) => {
      await db.openCheckIn({ quarantineId: quarantine.id, ...slot });
      if (patched(CHANNELS))
        await announce(input, quarantine.id, `${workflowInfo().workflowId}/${slot.slotAt}/reminder/channels`, 'reminder', {
          slotAt: slot.slotAt,
        });
    },
    cancel: (slotAt) => db.closeCheckIn({ quarantineId: quarantine.id, slotAt, status: 'cancelled' }),
    miss: (slotAt) => onMissed(input, quarantine, live, slotAt),
    read: (reading) => (reading.fever ? onFever(input, quarantine, reading) : null),
  };
}

async function onMissed(input: MonitoringInput, quarantine: QuarantineFacts, live: Live, slotAt: string): Promise<void> {
  const { workflowId } = workflowInfo();
  live.state.missed += 1;
  await db.closeCheckIn({ quarantineId: quarantine.id, slotAt, status: 'missed' });
  await db.recordEvent({
    key: `${workflowId}/${slotAt}/missed`,
    submissionId: quarantine.id,
    kind: 'quarantine.missed',
    detail: { slotAt },
  });
  if (input.params.alertTemplate)
    await mail.sendQuarantineNotice({
      key: `${workflowId}/${slotAt}/missed`,
      quarantineId: quarantine.id,
      template: input.params.alertTemplate,
      data: { missed: true, fever: false, slotAt },
    });
  if (patched(CHANNELS)) await announce(input, quarantine.id, `${workflowId}/${slotAt}/missed/channels`, 'missed', { slotAt });
}

/** The worker's text and the group robots' alert for one moment of the quarantine, once per key and recipient. */
function announce(
  input: MonitoringInput,
  quarantineId: string,
  key: string,
  moment: QuarantineMoment,
  data: Record<string, unknown>,
): Promise<unknown> {
  return mail.sendQuarantineChannels({ key, quarantineId, moment, alerts: input.params.quarantineAlerts, data });
}

/** Alerts at once; a rule that refers to HQ opens HQ's task, which the workflow follows alongside the check-ins. */
async function onFever(input: MonitoringInput, quarantine: QuarantineFacts, reading: Reading): Promise<void> {
  const { workflowId } = workflowInfo();
  const fired = firedRules(input.params.rules, { temperature: reading.temperature });
  const refer = fired.some((rule) => rule.then === 'refer-hq');
  const key = `${workflowId}/${reading.slotAt}/fever`;
  await db.recordEvent({
    key,
    submissionId: quarantine.id,
    kind: 'quarantine.fever',
    detail: { slotAt: reading.slotAt, temperature: reading.temperature, by: reading.by, referred: refer },
  });
  if (input.params.alertTemplate)
    await mail.sendQuarantineNotice({
      key,
      quarantineId: quarantine.id,
      template: input.params.alertTemplate,
      data: { fever: true, missed: false, referred: refer, slotAt: reading.slotAt, temperature: reading.temperature },
    });
  // The group reads the slot and whether HQ was referred to, never the reading (health data in a many-reader chat).
  if (patched(CHECK_IN_FEVER_ROBOTS))
    await announce(input, quarantine.id, `${key}/channels`, 'fever', { slotAt: reading.slotAt, referred: refer });
  if (!refer) return;
  const dueAt = await db.slaDeadline({ start: nowIso(), sla: input.params.referralSla ?? '4 hours' });
  const outcome = await humanTask({
    taskId: `${workflowId}/referral-${reading.slotAt}`,
    step: 'referral',
    processType: 'monitoring',
    title: {
      'zh-CN': `隔离人员发热转诊 · ${quarantine.workerName}（${reading.temperature} ℃）`,
      en: `Fever referral · ${quarantine.workerName} (${reading.temperature} °C)`,
    },
    submissionId: quarantine.id,
    enterpriseId: quarantine.enterpriseId,
    assignee: { kind: 'role', role: 'hq' },
    priority: 2,
    dueAt,
    allowedActions: ['acknowledge', 'resolve'],
    completionSchema: { type: 'object', properties: { note: { type: 'string', title: '转诊安排', maxLength: 2000 } } },
    breachStatus: 'expired',
    breach: { kind: 'closed', reason: 'referral-lapsed' },
  });
  await db.recordEvent({
    key: `${key}/referral`,
    submissionId: quarantine.id,
    kind: outcome.kind === 'decided' ? `quarantine.referral-${outcome.action}` : 'quarantine.referral-expired',
    detail: outcome.kind === 'decided' ? { by: outcome.decidedBy, ...outcome.data } : { at: outcome.at },
  });
}

async function release(
  input: MonitoringInput,
  quarantine: QuarantineFacts,
  live: Live,
  referrals: Promise<unknown>[],
): Promise<MonitoringResult> {
  const { workflowId } = workflowInfo();
  live.state.phase = 'released';
  const releasedAt = nowIso();
  await db.releaseQuarantine({ quarantineId: quarantine.id, at: releasedAt });
  const { checkIns, missed, changes, endsAt } = live.state;
  await db.recordEvent({
    key: `${workflowId}/released`,
    submissionId: quarantine.id,
    kind: 'quarantine.released',
    detail: { releasedAt, endsAt, checkIns, missed },
  });
  if (input.params.releaseTemplate)
    await mail.sendQuarantineNotice({
      key: `${workflowId}/released`,
      quarantineId: quarantine.id,
      template: input.params.releaseTemplate,
      data: { releasedAt, endsAt, checkIns, missed, changed: changes.length > 0 },
    });
  if (patched(CHANNELS)) await announce(input, quarantine.id, `${workflowId}/released/channels`, 'released', { releasedAt });
  const result: MonitoringResult = { outcome: 'quarantined', reasons: [], releasedAt, endsAt, checkIns, missed, changes };
  await db.markSubmission({ submissionId: input.submissionId, status: 'settled', result: { ...result } });
  // HQ's open referrals still end (decided or expired) before the process closes.
  await Promise.all(referrals);
  await condition(allHandlersFinished);
  return result;
}
