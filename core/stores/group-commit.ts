// Group commit: writes that arrive while the previous transaction is still writing are written together in the next
// one. On SQLite a process has one connection (core/db.ts), so those writes would wait for it anyway; taking them in one
// transaction pays BEGIN, COMMIT and each statement's trip through the driver once for all of them instead of once for
// each. Nothing waits for a batch to fill: a write that finds the writer idle starts at once, alone.

/** Writes a batch in one transaction and answers each item's result, in the batch's order; throws to fail them all. */
export type BatchWriter<Item, Result> = (batch: Item[]) => Promise<Result[]>;

/** How a group commit batches, and which failures of a batch may be one item's fault. */
export interface GroupCommitOptions {
  maxBatch: number;
  /** True for an error one bad item can cause (a constraint it breaks): its batch's items are written again one by one.
   * Any other error (the database busy or gone) fails the whole batch at once rather than once per item. */
  itemsFault(error: unknown): boolean;
}

/**
 * Queues items for `writeBatch`, at most `maxBatch` per transaction. When a batch of several fails by an item's fault,
 * each of its items is written again on its own, so the bad one fails alone and the others are still written.
 */
export function groupCommit<Item, Result>(
  writeBatch: BatchWriter<Item, Result>,
  { maxBatch, itemsFault }: GroupCommitOptions,
): (item: Item) => Promise<Result> {
  type Waiting = { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let writing = false;

  async function writeOne(waiting: Waiting): Promise<void> {
    try {
      const [result] = await writeBatch([waiting.item]);
      waiting.resolve(result as Result);
    } catch (error) {
      waiting.reject(error);
    }
  }

  async function write(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return writeOne(batch[0]!);
    let results: Result[];
    try {
      results = await writeBatch(batch.map((waiting) => waiting.item));
    } catch (error) {
      if (itemsFault(error)) for (const waiting of batch) await writeOne(waiting);
      else for (const waiting of batch) waiting.reject(error);
      return;
    }
    batch.forEach((waiting, i) => waiting.resolve(results[i] as Result));
  }

  async function drain(): Promise<void> {
    writing = true;
    try {
      while (queue.length) {
        const batch = queue.slice(0, maxBatch);
        queue = queue.slice(maxBatch);
        await write(batch);
      }
    } finally {
      writing = false;
    }
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
