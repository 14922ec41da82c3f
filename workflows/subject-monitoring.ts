// A monitoring definition other than the gate check follows a named subject (a returning worker, a site, a vehicle)
// for its period: check-ins at the plan's local times (check-in-loop.ts, as the gate's quarantine), readings with
// rules from the params, an alert for a reading that breaks a rule and for a missed check-in, an end date that moves
// only with a reason, and the end. Alerts are lines on the case's timeline and emails to the audience the params name.
import { allHandlersFinished, condition, continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { EndChange, MonitoringAudience, SubjectFacts, SubjectMonitoringParams } from '#core/domain/monitoring-params';
import type { ProcessStartInput } from '#core/domain/process-start';
import { DB_WRITE, EMAIL } from './activity-profiles';
import { followCheckIns, type CheckInPort } from './check-in-loop';
import { installSubjectHandlers, type SubjectLive, type SubjectReading } from './subject-monitoring-handlers';

/** What a continued run carries over from the one before. */
export interface SubjectCarry {
  subject: SubjectFacts;
  endsAt: string;
  lastSlot: string;
  checkIns: number;
  missed: number;
  alerts: number;
  changes: EndChange[];
}

/** Input: the submission naming the subject and its params snapshot; `carry` when continued as new. */
export interface SubjectMonitoringInput extends ProcessStartInput<SubjectMonitoringParams> {
  carry?: SubjectCarry;
  /** History length past which a run continues as new (tests lower it). */
  historyLimit?: number;
}

/** How a subject's monitoring ended. */
export interface SubjectMonitoringResult {
  endedAt: string;
  endsAt: string;
  checkIns: number;
  missed: number;
  alerts: number;
  changes: EndChange[];
}

const db = proxyActivities<Activities>(DB_WRITE);
const mail = proxyActivities<Activities>(EMAIL);
const DEFAULT_AUDIENCE: MonitoringAudience[] = ['submitter', 'cadre-of-enterprise'];

/** Records the subject, follows its check-ins until the end date, then ends it. */
export async function followSubject(input: SubjectMonitoringInput): Promise<SubjectMonitoringResult> {
  const { workflowId } = workflowInfo();
  const carry = input.carry;
  const live: SubjectLive = {
    subject: carry?.subject ?? null,
    state: {
      phase: carry ? 'monitoring' : 'starting',
      endsAt: carry?.endsAt ?? '',
      open: null,
      checkIns: carry?.checkIns ?? 0,
      missed: carry?.missed ?? 0,
      alerts: carry?.alerts ?? 0,
      changes: carry?.changes ?? [],
    },
    reading: null,
    endVersion: 0,
  };
  installSubjectHandlers(live, input.params);
  if (!live.subject) {
    const subject = await db.startSubject({
      submissionId: input.submissionId,
      formKey: input.formKey,
      formVersion: input.formVersion,
      enterpriseId: input.enterpriseId,
      startedBy: input.submitter.userId,
      data: input.data,
      params: input.params,
      at: new Date().toISOString(),
    });
    live.subject = subject;
    live.state.endsAt = subject.endsAt;
    live.state.phase = 'monitoring';
    await db.markSubmission({
      submissionId: input.submissionId,
      status: 'received',
      result: { startedAt: subject.startedAt, endsAt: subject.endsAt },
    });
    await db.recordEvent({
      key: `${workflowId}/started`,
      submissionId: subject.id,
      kind: 'monitoring.started',
      detail: { startedAt: subject.startedAt, endsAt: subject.endsAt, days: input.params.days, checkInTimes: input.params.checkInTimes },
    });
  }
  const subject = live.subject;
  const alerts: Promise<unknown>[] = [];
  const lastSlot = await followCheckIns(
    input.params,
    input.historyLimit,
    live,
    subjectPort(input, subject, live),
    carry?.lastSlot ?? subject.startedAt,
    alerts,
  );
  if (lastSlot !== null) {
    await condition(allHandlersFinished);
    const { endsAt, checkIns, missed, changes } = live.state;
    const next: SubjectCarry = { subject, endsAt, lastSlot, checkIns, missed, alerts: live.state.alerts, changes };
    return continueAsNew<(input: SubjectMonitoringInput) => Promise<SubjectMonitoringResult>>({ ...input, carry: next });
  }
  return end(input, subject, live, alerts);
}

/** What the check-in loop writes for a subject: its slot rows, and an alert for a miss or a rule a reading broke. */
function subjectPort(input: SubjectMonitoringInput, subject: SubjectFacts, live: SubjectLive): CheckInPort<SubjectReading> {
  return {
    open: (slot) => db.openSubjectCheckIn({ subjectId: subject.id, ...slot }),
    cancel: (slotAt) => db.closeSubjectCheckIn({ subjectId: subject.id, slotAt, status: 'cancelled' }),
    async miss(slotAt) {
      live.state.missed += 1;
      live.state.alerts += 1;
      await db.closeSubjectCheckIn({ subjectId: subject.id, slotAt, status: 'missed' });
      await alert(input, subject, `${slotAt}/missed`, 'monitoring.missed', { slotAt, missed: true });
    },
    read: (reading) =>
      reading.fired.length
        ? // The readings stay in the check-in row, shown through the personal-data policy; the timeline names the rule.
          alert(input, subject, `${reading.slotAt}/alert`, 'monitoring.alert', {
            slotAt: reading.slotAt,
            missed: false,
            fired: reading.fired,
            by: reading.by,
          })
        : null,
  };
}

/** A line on the timeline and an email to the audience; both name the broken rule, never the reading itself. */
async function alert(input: SubjectMonitoringInput, subject: SubjectFacts, step: string, kind: string, detail: Record<string, unknown>) {
  const key = `${workflowInfo().workflowId}/${step}`;
  await db.recordEvent({ key, submissionId: subject.id, kind, detail });
  if (!input.params.alertTemplate) return;
  const { by: _by, ...told } = detail;
  await mail.sendMonitoringNotice({
    key,
    subjectId: subject.id,
    template: input.params.alertTemplate,
    audience: input.params.alertTo ?? DEFAULT_AUDIENCE,
    formTitle: input.formTitle,
    data: { ...told, rules: ruleWords(input.params, detail.fired as SubjectReading['fired'] | undefined) },
  });
}

/** "体温 ≥ 37.3 ℃" for each broken rule, in both languages (the template picks its own). */
function ruleWords(params: SubjectMonitoringParams, fired: SubjectReading['fired'] | undefined) {
  return (fired ?? []).map((rule) => {
    const spec = params.readings.find((r) => r.key === rule.field);
    const unit = spec?.unit ? ` ${spec.unit}` : '';
    const op = rule.op === '>=' ? '≥' : rule.op === '<=' ? '≤' : rule.op;
    return {
      'zh-CN': `${spec?.title['zh-CN'] ?? rule.field} ${op} ${String(rule.value)}${unit}`,
      en: `${spec?.title.en ?? rule.field} ${op} ${String(rule.value)}${unit}`,
    };
  });
}

async function end(
  input: SubjectMonitoringInput,
  subject: SubjectFacts,
  live: SubjectLive,
  alerts: Promise<unknown>[],
): Promise<SubjectMonitoringResult> {
  const { workflowId } = workflowInfo();
  live.state.phase = 'ended';
  const endedAt = new Date().toISOString();
  await db.endSubject({ subjectId: subject.id, at: endedAt });
  const { checkIns, missed, changes, endsAt } = live.state;
  const result: SubjectMonitoringResult = { endedAt, endsAt, checkIns, missed, alerts: live.state.alerts, changes };
  await db.recordEvent({ key: `${workflowId}/ended`, submissionId: subject.id, kind: 'monitoring.ended', detail: { ...result } });
  if (input.params.endTemplate)
    await mail.sendMonitoringNotice({
      key: `${workflowId}/ended`,
      subjectId: subject.id,
      template: input.params.endTemplate,
      audience: input.params.alertTo ?? DEFAULT_AUDIENCE,
      formTitle: input.formTitle,
      data: { endedAt, checkIns, missed, alerts: live.state.alerts, changed: changes.length > 0 },
    });
  await db.markSubmission({ submissionId: input.submissionId, status: 'settled', result: { ...result } });
  await Promise.all(alerts);
  await condition(allHandlersFinished);
  return result;
}
