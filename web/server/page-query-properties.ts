// The query properties every paged list takes, on their own so the stores (whose row types the app reads) need not
// bring the route layer, and express with it, into the browser's program.
import type { RJSFSchema } from '@rjsf/utils';

export const PAGE_QUERY_PROPERTIES = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50, title: 'Rows per page' },
  // Bounded like a record id (validate-body.ts's MAX_RECORD_ID): a larger number reached the database as a float, which
  // SQLite and PostgreSQL refuse as an OFFSET, and the caller got a 500 for a typing slip.
  offset: { type: 'integer', minimum: 0, maximum: 2_147_483_647, default: 0, title: 'Rows to skip' },
} as const satisfies Record<string, RJSFSchema>;
