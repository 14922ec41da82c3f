// What a web process stopped between sending an update and recording that the workflow took it leaves pending: answers'
// files (cases/pending-replies.ts) and decisions' audit entries, with a reassignment's task row and comment
// (audit/pending-audits.ts). Every web process settles both on a timer, from the workflows' histories; settling one row
// twice does the same thing twice (or, for a task row, nothing the second time), so replicas may overlap.
import type { Logger } from '#core/logger';
import { settlePendingAudits } from './audit/pending-audits';
import { settlePendingReplies, type SettleDeps } from './cases/pending-replies';

/** How often a web process settles. */
export const SETTLE_EVERY_MS = 10 * 60_000;

const SETTLINGS = [
  { what: 'pending answers to returns', settle: settlePendingReplies },
  { what: 'held audit entries', settle: settlePendingAudits },
] as const;

/** Settles now and every `every` after, on a timer that keeps no process alive; `stop` ends it and waits for a run. */
export function startSettling(deps: SettleDeps & { logger: Logger }, every = SETTLE_EVERY_MS): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const settleOne = async ({ what, settle }: (typeof SETTLINGS)[number]) => {
    try {
      const result = await settle(deps);
      if (result.accepted || result.dropped) deps.logger.info(result, `${what} settled`);
    } catch (error) {
      deps.logger.error({ err: error }, `settling ${what} failed`);
    }
  };
  const settle = () => {
    if (running) return;
    running = Promise.all(SETTLINGS.map(settleOne)).finally(() => {
      running = undefined;
    });
  };
  settle();
  const timer = setInterval(settle, every);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
