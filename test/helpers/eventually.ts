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
