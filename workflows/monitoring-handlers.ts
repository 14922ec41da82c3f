// The messages a running quarantine accepts: a check-in reading for the open slot, a change of the end date with a
// reason (workflows/end-change.ts, shared with every monitored subject); and a query of where it stands. Validators
// refuse a reading out of range, a reading with no slot open and a change without a reason before anything reaches
// history.
import { ApplicationFailure, defineQuery, defineUpdate, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import { firedRules } from '#core/domain/gate-rules';
import { TEMPERATURE_RANGE, type EndChange, type MonitoringParams, type QuarantineFacts } from '#core/domain/monitoring-params';
import { DB_WRITE } from './activity-profiles';
import { refuseUnsealed } from './sealed-input';
import type { OpenSlot } from './check-in-loop';
import { installEndChange } from './end-change';

export { changeEndUpdate, type EndChangeRequest } from './end-change';
export type { OpenSlot } from './check-in-loop';

/** A check-in reading sent by the web layer after it checked that the user guards the site. */
export interface CheckInRequest {
  temperature: number;
  note?: string;
  by: number;
}

/** What the checkIn Update answers. */
export interface CheckInReceipt {
  slotAt: string;
  fever: boolean;
}

/** Where a quarantine stands. */
export interface MonitoringState {
  /** 'gate' until the gate check is recorded; admitted or turned-back workers never leave it. */
  phase: 'gate' | 'quarantine' | 'released';
  endsAt: string;
  open: OpenSlot | null;
  checkIns: number;
  missed: number;
  changes: EndChange[];
}

/** A reading the main loop has not acted on yet. */
export interface Reading extends CheckInRequest {
  slotAt: string;
  at: string;
  fever: boolean;
}

/** The state shared by the handlers and the main loop. */
export interface Live {
  quarantine: QuarantineFacts | null;
  state: MonitoringState;
  reading: Reading | null;
  /** Bumped by every end-date change, so waits wake and slots are laid out again. */
  endVersion: number;
}

/** Update: record the reading of the open check-in slot. */
export const checkInUpdate = defineUpdate<CheckInReceipt, [CheckInRequest]>('checkIn');
/** Query: where the quarantine stands. */
export const monitoringStateQuery = defineQuery<MonitoringState>('monitoringState');

const db = proxyActivities<Activities>(DB_WRITE);

function refuse(type: string, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}

/** Installs the handlers over `live` at once (a check-in may arrive while the gate check is being recorded);
 * the Updates write their projection before they answer. */
export function installMonitoringHandlers(live: Live, params: MonitoringParams): void {
  const { workflowId } = workflowInfo();
  setHandler(monitoringStateQuery, () => live.state);
  setHandler(
    checkInUpdate,
    async (request) => {
      const quarantine = live.quarantine!;
      const slotAt = live.state.open!.slotAt;
      const fever = firedRules(params.rules, { temperature: request.temperature }).length > 0;
      live.reading = { ...request, slotAt, at: new Date().toISOString(), fever };
      live.state.checkIns += 1;
      await db.closeCheckIn({
        quarantineId: quarantine.id,
        slotAt,
        status: 'done',
        temperature: request.temperature,
        note: request.note,
        fever,
        by: request.by,
        at: live.reading.at,
      });
      return { slotAt, fever };
    },
    {
      validator: (request) => {
        refuseUnsealed(request, 'check-in');
        if (live.state.phase === 'gate') refuse('NoOpenCheckIn', 'the quarantine has not started yet');
        if (live.state.phase !== 'quarantine') refuse('QuarantineOver', 'the quarantine has ended');
        const t = request.temperature;
        if (typeof t !== 'number' || !Number.isFinite(t) || t < TEMPERATURE_RANGE.min || t > TEMPERATURE_RANGE.max)
          refuse('InvalidReading', `temperature must be between ${TEMPERATURE_RANGE.min} and ${TEMPERATURE_RANGE.max} °C`);
        if (!live.state.open || live.reading) refuse('NoOpenCheckIn', 'no check-in is open now');
        if (Date.now() < Date.parse(live.state.open.opensAt)) refuse('NoOpenCheckIn', `the check-in opens at ${live.state.open.opensAt}`);
      },
    },
  );
  installEndChange(live, {
    stage: () => (live.state.phase === 'gate' ? 'not-started' : live.state.phase === 'quarantine' ? 'running' : 'over'),
    startedAt: () => live.quarantine!.startedAt,
    overType: 'QuarantineOver',
    async write(change, count) {
      const quarantine = live.quarantine!;
      await db.changeQuarantineEnd({ quarantineId: quarantine.id, change });
      await db.recordEvent({
        key: `${workflowId}/end/${count}/${change.at}`,
        submissionId: quarantine.id,
        kind: Date.parse(change.to) > Date.parse(change.from) ? 'quarantine.extended' : 'quarantine.shortened',
        detail: { ...change },
      });
    },
  });
}
