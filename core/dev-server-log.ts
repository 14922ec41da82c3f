// What `npm start` shows of the Temporal dev server's own log (core/dev-server.ts forwards its stderr through it).

/** Lines the dev server writes at level ERROR that say nothing about this system: the server logs them for its own
 * metrics when a gRPC call's headers went out before its trailer (Temporal CLI 1.9; calls still answer). Kept out of
 * `npm start`'s output, where a new user reads "ERROR" as something broken; still in the tail a failed start shows. */
const HARMLESS_SERVER_LINES = [/"msg":"unable to add metrics baggage to gRPC trailer"/];

/** Forwards the dev server's stderr to `write` a whole line at a time, prefixed `[temporal] `, without its harmless
 * lines (HARMLESS_SERVER_LINES); `flush` writes what is left of an unfinished line. */
export function serverLogForwarder(write: (text: string) => void): { push(chunk: string): void; flush(): void } {
  let partial = '';
  const forward = (line: string) => {
    if (!HARMLESS_SERVER_LINES.some((pattern) => pattern.test(line))) write(`[temporal] ${line}\n`);
  };
  return {
    push(chunk) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) forward(line);
    },
    flush() {
      if (partial.trim()) forward(partial);
      partial = '';
    },
  };
}
