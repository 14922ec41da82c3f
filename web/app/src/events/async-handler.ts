// React calls event handlers for their side effect and drops what they return, so an async handler's promise would be
// lost with any rejection in it. The app's handlers catch and show their own errors (an ErrorNotice, a failure line);
// this wrapper marks the hand-over and reports on the console the rare error that still escapes one (a failed logout).

/** Lets an async handler stand where React (or a timer) expects a void callback. */
export function asyncHandler<A extends unknown[]>(handler: (...args: A) => Promise<unknown>): (...args: A) => void {
  return (...args) => {
    handler(...args).catch((reason: unknown) => {
      console.error(reason);
    });
  };
}
