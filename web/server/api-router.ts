// Every route file builds its router here, so that paths match exactly: `/API/settings` or `/api/settings/` is not
// `/api/settings`. (Express's own routers match case-insensitively and ignore a trailing slash unless told.)
import { Router } from 'express';

/** A case-sensitive, strict router. */
export function apiRouter(): Router {
  return Router({ caseSensitive: true, strict: true });
}
