// What the web layer needs from the outside world, injected by createApp's caller.
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import type { Config } from '../../core/config';
import type { Logger } from '../../core/logger';

/** Dependencies of the Express app. */
export interface AppDeps {
  config: Config;
  db: Knex;
  temporal: Client;
  logger: Logger;
  now?: () => Date;
}
