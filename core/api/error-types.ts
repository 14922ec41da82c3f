// The error body of the API (`{ error: { code, message, details } }`, web/server/error-middleware.ts), shared with the app.

/** A problem at one field, as the API reports it. */
export interface ErrorDetail {
  path: string;
  message: string;
}
