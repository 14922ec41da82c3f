// Structured JSON logs on stdout, one line per event, with secrets and personal fields redacted (core/log-redaction.ts).
import { pino, type DestinationStream, type Logger } from 'pino';
import { redactError, redactPaths } from './log-redaction';

export type { Logger };

/** Creates the process logger; `name` tells the worker, web and start processes apart in mixed output. */
export function createLogger(name: string, level = 'info', destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    // Secrets vanish; personal fields leave a marker, so a reader sees that a value was there.
    redact: { paths: redactPaths(), censor: '[redacted]' },
    // The Temporal SDK's lines carry their error under `error`, the app's under `err`.
    serializers: { err: redactError, error: redactError },
  };
  return destination ? pino(options, destination) : pino(options);
}
