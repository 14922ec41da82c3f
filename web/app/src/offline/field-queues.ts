// Which kinds of queued work each field role makes on the phone (issue 23), so the app-wide sending (queue-sync.ts)
// and the pages that list the queue agree on them.
import { gateQueue } from './gate-queue';
import { quarantineCheckInQueue } from './quarantine-check-in-queue';
import type { QueueSource } from './queue';
import { visitQueue } from './visit-queue';

/** The gate officer's kinds: gate checks and the register's quarantine check-ins. */
export const GATE_QUEUES: readonly QueueSource[] = [gateQueue, quarantineCheckInQueue];

/** The kinds each field role queues; other roles queue nothing. */
export const QUEUES_BY_ROLE: Readonly<Record<string, readonly QueueSource[]>> = {
  gate: GATE_QUEUES,
  cadre: [visitQueue],
};

/** The page that lists each field role's queue, where an item that cannot be sent is discarded. */
export const QUEUE_PAGE_BY_ROLE: Readonly<Record<string, string>> = {
  gate: '#/register',
  cadre: '#/visits',
};
