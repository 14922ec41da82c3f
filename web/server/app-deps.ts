// What the web layer needs from the outside world, injected by createApp's caller.
import type { Client } from '@temporalio/client';
import type { Config } from '#core/config';
import type { Database } from '#core/stores/db-types';
import type { Logger } from '#core/logger';
import type { Mailer } from '#core/mail/mailer';
import type { TemplateRenderer } from '#core/mail/template-renderer';
import type { WebMetrics } from './metrics/metrics-routes';

/** Dependencies of the Express app. */
export interface AppDeps {
  config: Config;
  db: Database;
  temporal: Client;
  logger: Logger;
  /** Renders email templates (admin previews and test sends); defaults to the shipped files in the configured time zone. */
  renderer?: TemplateRenderer;
  /** SMTP transport when SMTP_URL is set; test sends otherwise stay in the outbox. */
  mailer?: Mailer;
  now?: () => Date;
  /** The process's Prometheus registry; createApp makes one when the caller has none. */
  metrics?: WebMetrics;
}
