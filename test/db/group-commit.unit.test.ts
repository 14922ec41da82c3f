import { describe, expect, it } from 'vitest';
import { groupCommit } from '#core/stores/group-commit';

/** A batch writer whose transactions finish when the test says so, recording each batch it was given. */
function heldWriter(
  fails: (item: number) => boolean = () => false,
  error = (batch: number[]) => new Error(`bad item in ${batch.join(',')}`),
) {
  const batches: number[][] = [];
  const held: (() => void)[] = [];
  const write = (batch: number[]) => {
    batches.push(batch);
    return new Promise<string[]>((resolve, reject) =>
      held.push(() => (batch.some(fails) ? reject(error(batch)) : resolve(batch.map((n) => `#${n}`)))),
    );
  };
  /** Lets the oldest open transaction finish, then lets the queue move on. */
  const finishOne = async () => {
    held.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { batches, write, finishOne, open: () => held.length };
}

const itemsFault = (error: unknown) => (error as Error).message.startsWith('bad item');

describe('group commit', () => {
  it('writes a lone item at once, and what arrives meanwhile together in the next transaction', async () => {
    const writer = heldWriter();
    const add = groupCommit(writer.write, { maxBatch: 16, itemsFault });
    const first = add(1);
    expect(writer.batches).toEqual([[1]]);
    const rest = [2, 3, 4].map(add);
    expect(writer.batches).toEqual([[1]]); // waiting for the writer, not written alone
    await writer.finishOne();
    expect(writer.batches).toEqual([[1], [2, 3, 4]]);
    await writer.finishOne();
    expect(await first).toBe('#1');
    expect(await Promise.all(rest)).toEqual(['#2', '#3', '#4']);
    expect(writer.open()).toBe(0);
  });

  it('takes at most the batch size per transaction, in the order items came', async () => {
    const writer = heldWriter();
    const add = groupCommit(writer.write, { maxBatch: 3, itemsFault });
    const all = [1, 2, 3, 4, 5, 6, 7, 8].map(add);
    while (writer.open()) await writer.finishOne();
    expect(writer.batches).toEqual([[1], [2, 3, 4], [5, 6, 7], [8]]);
    expect(await Promise.all(all)).toEqual(['#1', '#2', '#3', '#4', '#5', '#6', '#7', '#8']);
  });

  it('writes each item of a failed batch again on its own: only the bad one fails', async () => {
    const writer = heldWriter((n) => n === 3);
    const add = groupCommit(writer.write, { maxBatch: 16, itemsFault });
    const results = [1, 2, 3, 4].map((n) => add(n).then(String, (error: Error) => `failed: ${error.message}`));
    while (writer.open()) await writer.finishOne();
    expect(writer.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    expect(await Promise.all(results)).toEqual(['#1', '#2', 'failed: bad item in 3', '#4']);
  });

  it("fails a whole batch at once when the failure is not an item's (the database busy)", async () => {
    const writer = heldWriter(
      (n) => n === 3,
      () => new Error('SQLITE_BUSY: database is locked'),
    );
    const add = groupCommit(writer.write, { maxBatch: 16, itemsFault });
    const results = [1, 2, 3, 4].map((n) => add(n).then(String, (error: Error) => `failed: ${error.message}`));
    while (writer.open()) await writer.finishOne();
    expect(writer.batches).toEqual([[1], [2, 3, 4]]);
    expect(await Promise.all(results)).toEqual(['#1', ...Array(3).fill('failed: SQLITE_BUSY: database is locked')]);
  });

  it('keeps writing after a failure: the queue is not left stuck', async () => {
    const writer = heldWriter((n) => n === 1);
    const add = groupCommit(writer.write, { maxBatch: 16, itemsFault });
    const failed = add(1).catch((error: Error) => error.message);
    await writer.finishOne();
    expect(await failed).toBe('bad item in 1');
    const next = add(2);
    await writer.finishOne();
    expect(await next).toBe('#2');
  });
});
