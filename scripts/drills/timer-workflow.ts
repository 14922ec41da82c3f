// A drill-only workflow holding many timers at once, so that 10,000 pending timers cost 100 workflows rather than
// 10,000 (each workflow start costs several fsyncs of the dev server's file database; each timer costs none extra).
import { sleep } from '@temporalio/workflow';

/** Sleeps `timers` timers spread over `spreadMs` after `delayMs`; returns how many fired, once each. */
export async function drillTimersWorkflow(input: { timers: number; delayMs: number; spreadMs: number }): Promise<number> {
  const fired = new Set<number>();
  await Promise.all(
    Array.from({ length: input.timers }, (_, i) =>
      sleep(input.delayMs + Math.floor((i * input.spreadMs) / input.timers)).then(() => {
        fired.add(i);
      }),
    ),
  );
  return fired.size;
}
