// Moving the end date of a monitoring period, shared by the gate's quarantine and every other monitored subject: an
// Update whose validator refuses a change without a reason, to no date, before the start or to the same end, and
// whose handler keeps every earlier end date with its reason (written by the caller's `write`).
import { ApplicationFailure, defineUpdate, setHandler } from '@temporalio/workflow';
import type { EndChange } from '#core/domain/monitoring-params';
import { refuseUnsealed } from './sealed-input';

/** A change of the end date asked for by the web layer. */
export interface EndChangeRequest {
  endsAt: string;
  reason: string;
  by: number;
}

/** Update: extend or shorten the period, with a reason. */
export const changeEndUpdate = defineUpdate<{ endsAt: string }, [EndChangeRequest]>('changeEnd');

/** What the end-date change reads and moves. */
export interface EndLive {
  state: { endsAt: string; changes: EndChange[] };
  endVersion: number;
}

/** How the caller's period stands, and how to write a change. */
export interface EndPort {
  /** 'not-started' until the period is recorded, 'over' once it ended. */
  stage(): 'not-started' | 'running' | 'over';
  startedAt(): string;
  /** The refusal type once the period is over (the gate's is QuarantineOver). */
  overType: string;
  write(change: EndChange, count: number): Promise<void>;
}

/** Why the validator refuses a change (type InvalidChange), in English for the history; the web layer words each for
 * the caller at its field (web/server/monitoring/end-change-refusal.ts). */
export const END_CHANGE_REFUSALS = {
  noReason: 'a change of the end date needs a reason (2–500 characters)',
  notADate: 'endsAt is not a date',
  beforeStart: 'the period cannot end before it started',
  sameEnd: 'the period already ends then',
} as const;

function refuse(type: string, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}

/** Installs the changeEnd Update over `live`. */
export function installEndChange(live: EndLive, port: EndPort): void {
  setHandler(
    changeEndUpdate,
    async (request) => {
      const change: EndChange = {
        from: live.state.endsAt,
        to: new Date(request.endsAt).toISOString(),
        reason: request.reason.trim(),
        by: request.by,
        at: new Date().toISOString(),
      };
      live.state.endsAt = change.to;
      live.state.changes.push(change);
      live.endVersion += 1;
      await port.write(change, live.state.changes.length);
      return { endsAt: change.to };
    },
    {
      validator: (request) => {
        refuseUnsealed(request, 'end-date change');
        const stage = port.stage();
        if (stage === 'not-started') refuse('NotStarted', 'the period has not started yet');
        if (stage === 'over') refuse(port.overType, 'the period has ended');
        const reason = typeof request.reason === 'string' ? request.reason.trim() : '';
        if (reason.length < 2 || reason.length > 500) refuse('InvalidChange', END_CHANGE_REFUSALS.noReason);
        const to = Date.parse(request.endsAt);
        if (!Number.isFinite(to)) refuse('InvalidChange', END_CHANGE_REFUSALS.notADate);
        if (to <= Date.parse(port.startedAt())) refuse('InvalidChange', END_CHANGE_REFUSALS.beforeStart);
        if (to === Date.parse(live.state.endsAt)) refuse('InvalidChange', END_CHANGE_REFUSALS.sameEnd);
      },
    },
  );
}
