// Delivers queued group-robot messages with the outbox dispatcher's loop (outbox-dispatcher.ts). A robot that already
// had its messages of the last minute waits (its rows get a later next_attempt_at), one that answers "too fast" waits a
// minute, a failure is retried with exponential backoff until the last attempt parks the row as `dead`; a row whose
// robot is gone or switched off is parked as `dead` at once. In the worker, its passes release the messages kept while
// their channel had no base URL: at the first pass and then at most once a minute (kept-release.ts).
import type { SecretBox } from '../codec/secret-box';
import { createOutboxDispatcher, outboxTable } from './outbox-dispatcher';
import { keptReleaseStep, type KeptRelease } from './kept-release';
import { postToRobot, ROBOT_CHANNELS, type RobotChannel, type RobotOutcome } from './robot-provider';
import { dueRobotRows, ROBOT_GONE_OR_OFF } from './robot-outbox';
import { findRobot, type RobotRow } from '../stores/notify/robot-store';
import type { Db } from '../stores/db-types';
import { openRobotSecret } from './robot-secret';

export type { DrainResult } from './outbox-dispatcher';

/** Where each channel's provider is; a channel without a base URL delivers nothing. */
export type RobotEndpoints = Partial<Record<RobotChannel, string>>;

/** The channels whose provider is configured: only their kept messages can leave now. */
const configuredChannels = (endpoints: RobotEndpoints) => ROBOT_CHANNELS.filter((channel) => endpoints[channel]);

/** Dependencies of the dispatcher. */
export interface RobotDispatcherDeps {
  db: Db;
  box: SecretBox;
  endpoints: RobotEndpoints;
  now?: () => Date;
  /** Attempts before a row is dead (8 by default: about 40 minutes of backoff). */
  maxAttempts?: number;
  onError?: (error: unknown) => void;
  /** Given in the worker: the passes release the messages of each channel with a base URL that were kept while it had
   * none (by this worker before, or by another worker without it), at most once a minute (kept-release.ts). */
  kept?: KeptRelease;
}

/** Builds the dispatcher; `drainOnce` is the whole of its work, `start` runs it on an interval in the worker. */
export function createRobotDispatcher(deps: RobotDispatcherDeps) {
  const now = deps.now ?? (() => new Date());

  async function post(robot: RobotRow, message: { title: string; markdown: string }, nowMs: number): Promise<RobotOutcome> {
    const base = deps.endpoints[robot.channel];
    if (!base) return { kind: 'failed', reason: `${robot.channel} has no base URL configured` };
    return postToRobot(robot.channel, base, openRobotSecret(deps.box, robot), message, nowMs);
  }

  const dispatcher = createOutboxDispatcher<RobotRow>(deps, {
    ...outboxTable(deps.maxAttempts),
    ...(deps.kept ? { beforePass: keptReleaseStep(deps.db, configuredChannels(deps.endpoints), deps.kept, now) } : {}),
    dueRows: (at, limit) => dueRobotRows(deps.db, at, limit),
    recipientKey: (row) => Number(row.robot_id),
    async recipient(row) {
      const robot = await findRobot(deps.db, Number(row.robot_id));
      return robot?.active ? { target: robot } : { unreachable: ROBOT_GONE_OR_OFF };
    },
    pace: { scope: (row) => ({ robot_id: Number(row.robot_id) }), perMinute: (robot) => robot.perMinute },
    send: (row, robot, nowMs) => post(robot, { title: String(row.subject), markdown: String(row.text_body) }, nowMs),
  });

  return {
    ...dispatcher,
    /** Delivers one test message now (the admin's "send test"), bypassing the outbox; the outcome says what the provider said. */
    sendTest: (robot: RobotRow, message: { title: string; markdown: string }): Promise<RobotOutcome> =>
      post(robot, message, now().getTime()),
  };
}

/** The dispatcher's interface, for injection. */
export type RobotDispatcher = ReturnType<typeof createRobotDispatcher>;
