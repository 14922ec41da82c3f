// The server names bad fields by JSON pointer (`/creditCode`); forms show each message under its field.
import { ApiError } from './api-error';

/** The server's field messages by top-level field name; empty for other errors. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  // Schema refusals (422 `invalid_body`) word each field in the user's language; other refusals (a taken username,
  // a full cadre) carry a machine hint per field, so the field shows the error's own, localized message instead.
  const perField = error.code === 'invalid_body' || error.code === 'local';
  const byField: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.path.split('/')[1];
    if (field && !(field in byField)) byField[field] = perField || !error.message ? detail.message : error.message;
  }
  return byField;
}
