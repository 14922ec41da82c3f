// Delivers queued SMS rows through the configured provider, with the outbox dispatcher's loop (outbox-dispatcher.ts).
// The whole channel keeps to `perMinute` sends (the account's flow control): over it, rows wait for the window to move
// (queue, don't drop); a provider's own flow-control answer holds the row a minute; a failure is retried with the
// robots' backoff until the last attempt parks the row as `dead`. Every log line names the mobile masked. In the worker,
// its passes release the texts kept while no gateway was configured, at most once a minute (kept-release.ts).
import type { Knex } from '../stores';
import { keptReleaseStep, type KeptRelease } from './kept-release';
import { createOutboxDispatcher, outboxTable, type OutboxRow } from './outbox-dispatcher';
import { mobileOfAddress, shownAddress } from './sms-address';
import { dueSmsRows } from './sms-outbox';
import type { SmsOutcome, SmsProvider } from './sms-provider';

/** Dependencies of the SMS dispatcher. */
export interface SmsDispatcherDeps {
  db: Knex;
  provider: SmsProvider;
  perMinute: number;
  now?: () => Date;
  /** Attempts before a row is dead (8 by default). */
  maxAttempts?: number;
  /** One line per attempt; `to` is masked. */
  log?: (fields: { id: number; to: string; outcome: SmsOutcome['kind']; reason?: string }) => void;
  onError?: (error: unknown) => void;
  /** Given in the worker: the passes release the texts kept while no SMS gateway was configured (by this worker before,
   * or by another worker without one), at most once a minute (kept-release.ts). */
  kept?: KeptRelease;
}

/** Builds the dispatcher; `drainOnce` is the whole of its work, `start` runs it on an interval in the worker. */
export function createSmsDispatcher(deps: SmsDispatcherDeps) {
  return createOutboxDispatcher<string>(deps, {
    ...outboxTable(deps.maxAttempts),
    ...(deps.kept ? { beforePass: keptReleaseStep(deps.db, ['sms'], deps.kept, deps.now) } : {}),
    dueRows: (at, limit) => dueSmsRows(deps.db, at, limit),
    recipient: (row) => Promise.resolve({ target: mobileOfAddress(String(row.to_address)) ?? '' }),
    pace: { scope: () => ({ channel: 'sms' }), perMinute: () => deps.perMinute },
    send: (row, mobile) => deps.provider.send({ mobile, text: String(row.text_body), outId: String(row.id) }),
    onOutcome: (row: OutboxRow, outcome) =>
      deps.log?.({
        id: Number(row.id),
        to: shownAddress('sms', String(row.to_address)),
        outcome: outcome.kind,
        ...(outcome.kind === 'sent' ? {} : { reason: outcome.reason }),
      }),
  });
}

/** The dispatcher's interface, for injection. */
export type SmsDispatcher = ReturnType<typeof createSmsDispatcher>;
