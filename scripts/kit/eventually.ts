// The kit's one way to wait: poll a probe until its value is good enough. Workflows write their projections through
// activities a moment later, servers answer a moment after they spawn; tests, benches and drills all wait with this.

/** The probe's value once `done` holds for it, or its last value when `timeoutMs` runs out (the caller's assertion says what failed). */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** The probe's value once it has one (a row written, a check-in opened); fails naming `what` when none comes in time. */
export async function arrival<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const value = await eventually(probe, Boolean, timeoutMs);
  if (!value) throw new Error(`timed out waiting for ${what}`);
  return value;
}

/** Waits until `check` holds; fails naming `what` when it does not in time. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  if (!(await eventually(check, Boolean, timeoutMs, 300))) throw new Error(`timed out waiting for ${what}`);
}
