// The pages of the app, as data; the hash in the address bar is their serialised form.

/** A page and its parameters. */
export type Route =
  | { name: 'home' }
  | { name: 'form'; key: string }
  | { name: 'submission'; id: string }
  | { name: 'outbox' }
  | { name: 'notFound' };
