// The pages of the app, as data; the hash in the address bar is their serialised form.

/** A page and its parameters. */
export type Route =
  | { name: 'home' }
  | { name: 'form'; key: string }
  | { name: 'submission'; id: string }
  | { name: 'account' }
  | { name: 'myEnterprise' }
  | { name: 'enterprises' }
  | { name: 'enterprise'; id: number }
  | { name: 'projects' }
  | { name: 'assignments' }
  | { name: 'users' }
  | { name: 'audit' }
  | { name: 'import' }
  | { name: 'settings' }
  | { name: 'outbox' }
  | { name: 'robots' }
  | { name: 'webhooks' }
  | { name: 'system' }
  | { name: 'stuck' }
  | { name: 'forms' }
  | { name: 'formEditor'; key: string }
  | { name: 'emailTemplates' }
  | { name: 'inbox' }
  | { name: 'task'; id: string }
  | { name: 'compliance' }
  | { name: 'bulletins' }
  | { name: 'gate' }
  | { name: 'siteRegister' }
  | { name: 'calendar' }
  | { name: 'dashboard' }
  | { name: 'visits'; id?: number }
  | { name: 'notices' }
  | { name: 'credit'; id: number }
  | { name: 'evaluation' }
  | { name: 'hotline' }
  | { name: 'monitoring' }
  | { name: 'notFound' };

/** The name of a page. */
export type RouteName = Route['name'];

/** A page that takes no parameters, so a name alone addresses it (header links). */
export type PlainRoute = Exclude<Route, { key: string } | { id: string } | { id: number }>;
