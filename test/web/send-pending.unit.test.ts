// The sending of a kind's queued items (web/app/src/offline/send-pending.ts, issue 23): oldest first; a failure that may
// pass stops the round; the server's refusal is kept with the item; and an item the key cannot open is set aside as
// unreadable (kept, for the officer to discard) while the items after it are sent.
import { describe, expect, it } from 'vitest';
import { ApiError } from '#web/app/src/api/api-error';
import type { QueueItem } from '#web/app/src/offline/offline-store';
import { sendPending, type Sender } from '#web/app/src/offline/send-pending';

/** A queued item made `minute` minutes after 08:00; its "sealed" payload is its name, or unreadable. */
function item(clientId: string, minute: number, readable = true): QueueItem {
  return {
    clientId,
    userId: 7,
    kind: 'gate-check',
    deviceTime: new Date(Date.UTC(2026, 1, 10, 0, minute)).toISOString(),
    formVersion: 1,
    iv: new Uint8Array(12),
    sealed: new TextEncoder().encode(readable ? clientId : '').buffer as ArrayBuffer,
    status: 'pending',
    updatedAt: '2026-02-10T00:00:00.000Z',
  };
}

/** A round over `items` with `sender`, on a store kept in a map; answers the count, the store and the names sent. */
async function round(items: QueueItem[], sender: Sender<string>) {
  const store = new Map(items.map((entry) => [entry.clientId, entry]));
  const sent: string[] = [];
  let changes = 0;
  const count = await sendPending(items, {
    open: async (entry) => {
      const name = new TextDecoder().decode(entry.sealed);
      if (!name) throw new DOMException('The operation failed for an operation-specific reason', 'OperationError');
      return name;
    },
    save: async (entry) => {
      store.set(entry.clientId, entry);
    },
    changed: async () => {
      changes += 1;
    },
    sender: async (entry, payload, keep) => {
      const answer = await sender(entry, payload, keep);
      sent.push(payload);
      return answer;
    },
  });
  return { count, store, sent, changes };
}

const admitted: Sender<string> = async () => ({ outcome: 'admitted', replayed: false });

describe('sending the queued items of a kind', () => {
  it('sends them oldest first and marks each synced with the server answer', async () => {
    const { count, store, sent } = await round([item('b', 5), item('a', 1), item('c', 9)], admitted);
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(count).toBe(3);
    expect([...store.values()].map((entry) => [entry.clientId, entry.status, entry.answer?.outcome])).toEqual([
      ['b', 'synced', 'admitted'],
      ['a', 'synced', 'admitted'],
      ['c', 'synced', 'admitted'],
    ]);
  });

  it('sets aside an item the key cannot open and sends the ones after it', async () => {
    const { count, store, sent, changes } = await round([item('a', 1), item('locked', 2, false), item('c', 3)], admitted);
    expect(sent).toEqual(['a', 'c']);
    expect(count).toBe(2);
    expect(store.get('locked')).toMatchObject({ status: 'unreadable', sealed: item('locked', 2, false).sealed });
    expect(store.get('c')?.status).toBe('synced');
    // The lists are told of the item set aside too, so the page and the header count it.
    expect(changes).toBe(3);
  });

  it('leaves an item set aside out of later rounds', async () => {
    const first = await round([item('locked', 1, false), item('b', 2)], admitted);
    const again = await round([...first.store.values()], admitted);
    expect(again.sent).toEqual([]);
    expect(again.store.get('locked')?.status).toBe('unreadable');
  });

  it.each([
    ['without signal', new ApiError(0, 'network', '')],
    ['signed out', new ApiError(401, 'unauthenticated', '请登录')],
    ['with the server failing', new ApiError(503, 'unavailable', '稍后再试')],
    ['on an error of its own', new TypeError('Failed to fetch')],
    ['while its first sending is still being recorded', new ApiError(409, 'item_in_progress', '这条记录正在处理，请稍后再同步')],
  ])('stops the round %s, leaving the item and those after it pending', async (_when, failure) => {
    const failing: Sender<string> = async (_entry, payload) => {
      if (payload === 'b') throw failure;
      return { outcome: 'admitted' };
    };
    const { count, store, sent } = await round([item('a', 1), item('b', 2), item('c', 3)], failing);
    expect(sent).toEqual(['a']);
    expect(count).toBe(1);
    expect(['b', 'c'].map((id) => store.get(id)?.status)).toEqual(['pending', 'pending']);
  });

  it('keeps the reason of an item the server refused and goes on', async () => {
    const refusing: Sender<string> = async (_entry, payload) => {
      if (payload === 'a')
        throw new ApiError(409, 'quarantined_elsewhere', '该人员正在其他工地隔离观察，不得进场', [{ path: '/data', message: '隔离中' }]);
      return { outcome: 'admitted' };
    };
    const { store } = await round([item('a', 1), item('b', 2)], refusing);
    expect(store.get('a')).toMatchObject({
      status: 'refused',
      answer: { code: 'quarantined_elsewhere', message: '该人员正在其他工地隔离观察，不得进场', details: ['隔离中'] },
    });
    expect(store.get('b')?.status).toBe('synced');
  });

  it('stores what a sender keeps at once, and keeps it when the send then fails', async () => {
    const keeping: Sender<string> = async (_entry, _payload, keep) => {
      await keep({ signatureRef: 'upload:0b9f6c1e-3d2a-4c5b-9e8f-7a6b5c4d3e2f' });
      throw new ApiError(0, 'network', '');
    };
    const { store } = await round([item('a', 1)], keeping);
    expect(store.get('a')).toMatchObject({ status: 'pending', signatureRef: 'upload:0b9f6c1e-3d2a-4c5b-9e8f-7a6b5c4d3e2f' });
  });
});
