// The phone's storage line under the gate's queue (web/app/src/pages/gate/storage-note.ts): shown while items wait on
// the phone or when storage is nearly full, and not otherwise ("本机存储已用 0.1 MB" told the officer nothing).
import { describe, expect, it } from 'vitest';
import { storageNote, type StorageNote } from '#web/app/src/pages/gate/storage-note';

const MB = 1_048_576;

describe('the storage line under the queue', () => {
  it.each<[string, number | null, number | null, number, StorageNote]>([
    ['nothing queued and plenty of room: no line', 0.1 * MB, 2_000 * MB, 0, null],
    ['the browser cannot tell: no line', null, null, 3, null],
    ['checks waiting on the phone: the figure', 2 * MB, 2_000 * MB, 2, { kind: 'used', used: 2 * MB }],
    ['the quota unknown, checks waiting: the figure', 2 * MB, null, 1, { kind: 'used', used: 2 * MB }],
    ['nearly full, even with nothing queued: a warning', 85 * MB, 100 * MB, 0, { kind: 'nearlyFull', used: 85 * MB, quota: 100 * MB }],
    ['just under the line: no warning', 79 * MB, 100 * MB, 0, null],
  ])('%s', (_, used, quota, queued, note) => {
    expect(storageNote(used, quota, queued)).toEqual(note);
  });
});
