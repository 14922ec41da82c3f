// The sending of one kind's pending items (queue.ts), apart from the phone's storage and crypto so it can be tested.
// Oldest first, one at a time; a failure that may pass (no signal, signed out, the server failing) stops the round and
// the items wait for the next. An item the key cannot open (the key was replaced, or part of the phone's storage was
// cleared) would fail the same way on every round: it is set aside as `unreadable` — kept, counted and shown as
// 无法发送 for the officer to discard — and the items after it are sent.
import { ApiError } from '../api/api-error';
import type { QueueItem } from './offline-store';

/** What a sender may remember with its item while sending it (gate-queue.ts: the signature's upload), so a retry
 * after a failure reuses it. */
export type KeptFields = Pick<QueueItem, 'signatureRef'>;

/** Sends one item's payload; answers what the item keeps of the server's answer. `keep` stores fields with the item
 * at once, before the send ends, whether or not it succeeds. */
export type Sender<P> = (
  item: QueueItem,
  payload: P,
  keep: (fields: KeptFields) => Promise<void>,
) => Promise<NonNullable<QueueItem['answer']>>;

/** What a round needs: how an item's payload is opened (rejects when it cannot be), how an item is stored, and
 * what is told after each item that changed. */
export interface SendPendingDeps<P> {
  open(item: QueueItem): Promise<P>;
  save(item: QueueItem): Promise<void>;
  changed(): Promise<void>;
  sender: Sender<P>;
}

/** What became of one item: sent (or refused, for good), set aside, or left for the next round. */
type Outcome = 'sent' | 'set-aside' | 'stop';

const stamp = () => new Date().toISOString();

async function sendOne<P>(item: QueueItem, deps: SendPendingDeps<P>): Promise<Outcome> {
  let payload: P;
  try {
    payload = await deps.open(item);
  } catch {
    await deps.save({ ...item, status: 'unreadable', updatedAt: stamp() });
    return 'set-aside';
  }
  let current = item;
  const keep = async (fields: KeptFields) => {
    current = { ...current, ...fields };
    await deps.save(current);
  };
  try {
    const answer = await deps.sender(item, payload, keep);
    await deps.save({ ...current, status: 'synced', answer, updatedAt: stamp() });
    return 'sent';
  } catch (error) {
    // No signal, signed out, the server failing, or the item's first sending still being recorded (an answer lost on
    // the way, or a server stopped meanwhile, which the server takes over after a while): it waits for the next try.
    if (!(error instanceof ApiError) || error.status === 0 || error.status === 401 || error.status >= 500) return 'stop';
    if (error.code === 'item_in_progress') return 'stop';
    const details = error.details.map((d) => d.message).filter(Boolean);
    await deps.save({ ...current, status: 'refused', answer: { code: error.code, message: error.message, details }, updatedAt: stamp() });
    return 'sent';
  }
}

/** Sends the pending items among `items`, oldest first; answers how many the server answered (taken or refused). */
export async function sendPending<P>(items: readonly QueueItem[], deps: SendPendingDeps<P>): Promise<number> {
  const pending = items.filter((item) => item.status === 'pending').sort((a, b) => a.deviceTime.localeCompare(b.deviceTime));
  let sent = 0;
  for (const item of pending) {
    const outcome = await sendOne(item, deps);
    if (outcome === 'stop') break;
    if (outcome === 'sent') sent += 1;
    await deps.changed();
  }
  return sent;
}
