// Structured JSON logs on stdout, one line per event.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Creates the process logger; `name` tells the worker, web and start processes apart in mixed output. */
export function createLogger(name: string, level = 'info', destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    redact: { paths: ['password', '*.password', 'passwordHash', '*.passwordHash', 'req.headers.cookie'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}
