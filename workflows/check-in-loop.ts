// The heart of every monitoring process: lay out the check-in slots at the plan's local times up to the end date,
// open each one shortly before its time, wait for a reading or the slot's deadline, and say what happened. The gate's
// quarantine and any other monitored subject (a returning worker, a site, a vehicle) run this same loop; what a slot
// opening, a reading, a miss or a cancellation writes is theirs (the port). History stays bounded: each slot costs a
// fixed number of events, and the loop hands back the last slot when the run should continue as new.
import { condition, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import { DB_WRITE } from './activity-profiles';
import { configuredMs } from './configured-duration';

const db = proxyActivities<Activities>(DB_WRITE);

/** An open check-in slot: it may be recorded from opensAt and counts as missed at dueAt. */
export interface OpenSlot {
  slotAt: string;
  opensAt: string;
  dueAt: string;
}

/** The state the loop shares with the Update handlers. */
export interface CheckInLive<R> {
  state: { endsAt: string; open: OpenSlot | null };
  /** Set by the check-in Update; the loop takes it. */
  reading: R | null;
  /** Bumped by every end-date change, so waits wake and slots are laid out again. */
  endVersion: number;
}

/** What the loop reads from a definition's params. */
export interface CheckInPlan {
  checkInTimes: string[];
  opensBefore?: string;
  missedAfter?: string;
}

/** What a slot's events write for one kind of monitoring. */
export interface CheckInPort<R> {
  open(slot: OpenSlot): Promise<void>;
  /** The end moved before the slot: it is cancelled. */
  cancel(slotAt: string): Promise<void>;
  /** Nobody recorded the slot by its deadline. */
  miss(slotAt: string): Promise<void>;
  /** Acts on a reading; a returned promise is follow-up work (a referral) that runs alongside the next slots. */
  read(reading: R): Promise<unknown> | null;
}

/** Runs the check-in slots after `from`; null when the period is over, or the last slot handled when the run should
 * continue as new (never while follow-up work is pending). Follow-up work is pushed onto `followUps`. */
export async function followCheckIns<R>(
  plan: CheckInPlan,
  historyLimit: number | undefined,
  live: CheckInLive<R>,
  port: CheckInPort<R>,
  from: string,
  followUps: Promise<unknown>[],
): Promise<string | null> {
  const opensBefore = configuredMs(plan.opensBefore ?? '2 hours', 'opensBefore');
  const missedAfter = configuredMs(plan.missedAfter ?? '2 hours', 'missedAfter');
  let lastSlot = from;
  let slots: string[] = [];
  let laidOutFor = -1;
  let pending = 0;
  for (;;) {
    const info = workflowInfo();
    if (pending === 0 && (info.historyLength > (historyLimit ?? 2000) || info.continueAsNewSuggested)) return lastSlot;
    const seen = live.endVersion;
    if (laidOutFor !== seen) {
      slots = await db.quarantineSlots({ from: lastSlot, until: live.state.endsAt, times: plan.checkInTimes });
      laidOutFor = seen;
    }
    const slot = slots.find((at) => at > lastSlot && Date.parse(at) <= Date.parse(live.state.endsAt));
    const changed = () => live.endVersion !== seen;
    if (!slot) {
      const left = Date.parse(live.state.endsAt) - Date.now();
      if (left > 0 && (await condition(changed, left))) continue;
      if (changed()) continue;
      return null;
    }
    const opensAt = Date.parse(slot) - opensBefore;
    if (opensAt > Date.now() && (await condition(changed, opensAt - Date.now()))) continue;
    const open = { slotAt: slot, opensAt: new Date(opensAt).toISOString(), dueAt: new Date(Date.parse(slot) + missedAfter).toISOString() };
    await port.open(open);
    live.state.open = open;
    // A reading, or a shortening that puts this slot after the new end, ends the wait early.
    const cut = () => Date.parse(live.state.endsAt) < Date.parse(slot);
    await condition(() => live.reading !== null || cut(), Math.max(1, Date.parse(open.dueAt) - Date.now()));
    live.state.open = null;
    lastSlot = slot;
    const reading = live.reading;
    live.reading = null;
    if (reading) {
      const work = port.read(reading);
      if (work) {
        pending += 1;
        followUps.push(work.finally(() => (pending -= 1)));
      }
    } else if (cut()) {
      await port.cancel(slot);
    } else {
      await port.miss(slot);
    }
  }
}
