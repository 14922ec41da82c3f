// Structured JSON logs on stdout, one line per event, with secrets and personal fields redacted (core/log-redaction.ts).
import { pino, type DestinationStream, type Logger } from 'pino';
import { maskIdLike, redactError, redactPaths } from './log-redaction';

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

/** knex's own warnings (a pooled connection lost, an acquire that failed) as log lines of `logger`: one JSON line each,
 * the first line of knex's text as the message, without the stack it appends, instead of bare text on stderr. */
export function knexLog(logger: Logger): {
  warn(message: unknown): void;
  error(message: unknown): void;
  deprecate(method: string, alternative: string): void;
  debug(message: unknown): void;
} {
  const firstLine = (message: unknown) => maskIdLike(String(message).split('\n')[0]!.trim());
  return {
    warn: (message) => logger.warn({ component: 'knex' }, firstLine(message)),
    error: (message) => logger.error({ component: 'knex' }, firstLine(message)),
    deprecate: (method, alternative) => logger.warn({ component: 'knex' }, `${method} is deprecated, use ${alternative}`),
    debug: (message) => logger.debug({ component: 'knex' }, firstLine(message)),
  };
}
