// Polls a probe until its value is good enough: workflows write their projections through activities, a moment later.

/** The probe's value once `done` holds for it, or its last value when `timeoutMs` runs out (the caller's assertion says what failed). */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The probe's value once it has one (a row written, a check-in opened); fails naming `what` when none comes in time. */
export async function arrival<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const value = await eventually(probe, Boolean, timeoutMs);
  if (!value) throw new Error(`timed out waiting for ${what}`);
  return value;
}
