// How long an item may wait on the phone before the page warns (issue 23: "a queue older than the definition's limit
// warns"). The limit is a parameter of the definition the item was made with (`offlineQueueLimitHours`, 1 to 720
// hours, forms/process-types.ts); each item keeps the limit it was queued under, so a definition published later does
// not move it.

import { readFieldData } from './field-data-vault';

import { DEFAULT_QUEUE_LIMIT_HOURS, queueLimitHours } from '#core/domain/offline-queue-limit';

export { DEFAULT_QUEUE_LIMIT_HOURS, queueLimitHours };

const HOUR_MS = 3_600_000;

/** The part of a queued item the rule reads. */
export interface AgedItem {
  status: string;
  deviceTime: string;
  limitHours?: number;
}

/** The unsent items that have waited longer than their own limit at `nowMs`, and the smallest limit among them (what
 * the warning names); null when none has. */
export function overdueItems(items: readonly AgedItem[], nowMs: number): { count: number; limitHours: number } | null {
  const overdue = items.filter(
    (item) => item.status === 'pending' && nowMs - Date.parse(item.deviceTime) > queueLimitHours(item.limitHours) * HOUR_MS,
  );
  if (!overdue.length) return null;
  return { count: overdue.length, limitHours: Math.min(...overdue.map((item) => queueLimitHours(item.limitHours))) };
}

/** Where a field page's definition is cached for each kind of item, and the path of its limit in the answer. */
const DEFINITIONS: Record<string, { path: string; at: string[] }> = {
  'gate-check': { path: '/api/gate/setup', at: ['setup', 'offlineQueueLimitHours'] },
  'quarantine-check-in': { path: '/api/gate/setup', at: ['setup', 'offlineQueueLimitHours'] },
  visit: { path: '/api/visits/form', at: ['form', 'params', 'offlineQueueLimitHours'] },
};

function valueAt(answer: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    answer,
  );
}

/** The limit of the definition an item of `kind` is being made with, read from the page's answer as the phone keeps it
 * (sealed in the field-data vault, offline/field-data-vault.ts: no network, the item is queued at once, signal or
 * not); the default when there is no kept copy. */
export async function definitionLimitHours(kind: string): Promise<number> {
  const definition = DEFINITIONS[kind];
  if (!definition || typeof indexedDB === 'undefined') return DEFAULT_QUEUE_LIMIT_HOURS;
  try {
    const kept = await readFieldData(definition.path);
    return kept ? queueLimitHours(valueAt(await kept.json(), definition.at)) : DEFAULT_QUEUE_LIMIT_HOURS;
  } catch {
    return DEFAULT_QUEUE_LIMIT_HOURS;
  }
}
