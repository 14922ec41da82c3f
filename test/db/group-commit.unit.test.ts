import { describe, expect, it } from 'vitest';
import { groupCommit } from '#core/stores/group-commit';

/** A batch writer whose transactions finish when the test says so, recording each batch it was given. */
function heldWriter(fails: (item: number) => boolean = () => false) {
  const batches: number[][] = [];
  const held: (() => void)[] = [];
  const write = (batch: number[]) => {
    batches.push(batch);
    return new Promise<string[]>((resolve, reject) =>
      held.push(() => (batch.some(fails) ? reject(new Error(`bad item in ${batch.join(',')}`)) : resolve(batch.map((n) => `#${n}`)))),
    );
  };
  /** Lets the oldest open transaction finish, then lets the queue move on. */
  const finishOne = async () => {
    held.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { batches, write, finishOne, open: () => held.length };
}

describe('group commit', () => {
  it('writes a lone item at once, and what arrives meanwhile together in the next transaction', async () => {
    const writer = heldWriter();
    const add = groupCommit(writer.write, 16);
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
    const add = groupCommit(writer.write, 3);
    const all = [1, 2, 3, 4, 5, 6, 7, 8].map(add);
    while (writer.open()) await writer.finishOne();
    expect(writer.batches).toEqual([[1], [2, 3, 4], [5, 6, 7], [8]]);
    expect(await Promise.all(all)).toEqual(['#1', '#2', '#3', '#4', '#5', '#6', '#7', '#8']);
  });

  it('writes each item of a failed batch again on its own: only the bad one fails', async () => {
    const writer = heldWriter((n) => n === 3);
    const add = groupCommit(writer.write, 16);
    const results = [1, 2, 3, 4].map((n) => add(n).then(String, (error: Error) => `failed: ${error.message}`));
    while (writer.open()) await writer.finishOne();
    expect(writer.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    expect(await Promise.all(results)).toEqual(['#1', '#2', 'failed: bad item in 3', '#4']);
  });

  it('keeps writing after a failure: the queue is not left stuck', async () => {
    const writer = heldWriter((n) => n === 1);
    const add = groupCommit(writer.write, 16);
    const failed = add(1).catch((error: Error) => error.message);
    await writer.finishOne();
    expect(await failed).toBe('bad item in 1');
    const next = add(2);
    await writer.finishOne();
    expect(await next).toBe('#2');
  });
});
