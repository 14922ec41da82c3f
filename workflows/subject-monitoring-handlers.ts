// The messages a monitored subject's run accepts: the readings of the open check-in slot, a change of the end date
// with a reason (end-change.ts, as the gate's); and a query of where it stands. The validator refuses a reading
// missing, unknown or outside its range, and a reading with no slot open, before anything reaches history.
import { ApplicationFailure, defineQuery, defineUpdate, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import { firedRules, type ValueRule } from '#core/domain/gate-rules';
import type { EndChange, SubjectFacts, SubjectMonitoringParams } from '#core/domain/monitoring-params';
import { DB_WRITE } from './activity-profiles';
import type { CheckInLive, OpenSlot } from './check-in-loop';
import { installEndChange } from './end-change';
import { refuseUnsealed } from './sealed-input';

/** The readings of one check-in, sent by the web layer after it checked who may record them. */
export interface ReadingsRequest {
  values: Record<string, number>;
  note?: string;
  by: number;
}

/** What the recordReadings Update answers: the slot and the rules the readings broke (empty: no alert). */
export interface ReadingsReceipt {
  slotAt: string;
  alert: boolean;
  fired: ValueRule[];
}

/** Where a monitored subject stands. */
export interface SubjectState {
  phase: 'starting' | 'monitoring' | 'ended';
  endsAt: string;
  open: OpenSlot | null;
  checkIns: number;
  missed: number;
  alerts: number;
  changes: EndChange[];
}

/** Readings the main loop has not acted on yet. */
export interface SubjectReading extends ReadingsRequest {
  slotAt: string;
  at: string;
  fired: ValueRule[];
}

/** The state shared by the handlers and the main loop. */
export interface SubjectLive extends CheckInLive<SubjectReading> {
  subject: SubjectFacts | null;
  state: SubjectState;
}

/** Update: record the readings of the open check-in slot. */
export const recordReadingsUpdate = defineUpdate<ReadingsReceipt, [ReadingsRequest]>('recordReadings');
/** Query: where the subject's monitoring stands. */
export const subjectStateQuery = defineQuery<SubjectState>('subjectState');

const db = proxyActivities<Activities>(DB_WRITE);

function refuse(type: string, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}

/** Every reading the params ask for, each a number in its range, and nothing else. */
function checkValues(params: SubjectMonitoringParams, values: unknown): void {
  if (!values || typeof values !== 'object') refuse('InvalidReading', 'values must be an object of readings');
  const given = values as Record<string, unknown>;
  for (const key of Object.keys(given))
    if (!params.readings.some((spec) => spec.key === key)) refuse('InvalidReading', `"${key}" is not a reading of this plan`);
  for (const spec of params.readings) {
    const v = given[spec.key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < spec.minimum || v > spec.maximum)
      refuse('InvalidReading', `${spec.key} must be between ${spec.minimum} and ${spec.maximum}${spec.unit ? ` ${spec.unit}` : ''}`);
  }
}

/** Installs the handlers over `live` at once (readings may be sent while the subject is being recorded). */
export function installSubjectHandlers(live: SubjectLive, params: SubjectMonitoringParams): void {
  const { workflowId } = workflowInfo();
  setHandler(subjectStateQuery, () => live.state);
  setHandler(
    recordReadingsUpdate,
    async (request) => {
      const subject = live.subject!;
      const slotAt = live.state.open!.slotAt;
      const fired = firedRules(params.rules, request.values);
      live.reading = { ...request, slotAt, at: new Date().toISOString(), fired };
      live.state.checkIns += 1;
      if (fired.length) live.state.alerts += 1;
      await db.closeSubjectCheckIn({
        subjectId: subject.id,
        slotAt,
        status: 'done',
        readings: request.values,
        note: request.note,
        alert: fired.length > 0,
        by: request.by,
        at: live.reading.at,
      });
      return { slotAt, alert: fired.length > 0, fired };
    },
    {
      validator: (request) => {
        refuseUnsealed(request, 'check-in');
        if (live.state.phase === 'starting') refuse('NoOpenCheckIn', 'the monitoring has not started yet');
        if (live.state.phase !== 'monitoring') refuse('MonitoringOver', 'the monitoring has ended');
        checkValues(params, request.values);
        if (!live.state.open || live.reading) refuse('NoOpenCheckIn', 'no check-in is open now');
        if (Date.now() < Date.parse(live.state.open.opensAt)) refuse('NoOpenCheckIn', `the check-in opens at ${live.state.open.opensAt}`);
      },
    },
  );
  installEndChange(live, {
    stage: () => (live.state.phase === 'starting' ? 'not-started' : live.state.phase === 'monitoring' ? 'running' : 'over'),
    startedAt: () => live.subject!.startedAt,
    overType: 'MonitoringOver',
    async write(change, count) {
      const subject = live.subject!;
      await db.changeSubjectEnd({ subjectId: subject.id, change });
      await db.recordEvent({
        key: `${workflowId}/end/${count}/${change.at}`,
        submissionId: subject.id,
        kind: Date.parse(change.to) > Date.parse(change.from) ? 'monitoring.extended' : 'monitoring.shortened',
        detail: { ...change },
      });
    },
  });
}
