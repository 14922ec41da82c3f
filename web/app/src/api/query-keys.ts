// The names of the app's server state in the query cache, in one place, so a page that reads something and an action
// that changes it name it alike: a key starts with the resource (or the resources) its answer is made of, and a change
// invalidates every key that starts with what it changed, wherever that key is shown.
import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** The kinds of server state the app reads; a change names the ones it affects. */
export type Resource =
  | 'assignments'
  | 'audit'
  | 'bulletins'
  | 'calendar'
  | 'case'
  | 'categories'
  | 'compliance'
  | 'credit'
  | 'dashboard'
  | 'email-templates'
  | 'evaluation'
  | 'form-admin'
  | 'forms'
  | 'gate'
  | 'gate-register'
  | 'health'
  | 'hotline'
  | 'measures'
  | 'monitoring'
  | 'notices'
  | 'outbox'
  | 'preferences'
  | 'projects'
  | 'robots'
  | 'rounds'
  | 'saved-filters'
  | 'settings'
  | 'stuck'
  | 'submission'
  | 'submissions'
  | 'system'
  | 'task'
  | 'tasks'
  | 'todo'
  | 'users'
  | 'visits'
  | 'webhooks'
  | 'working-groups'
  | 'enterprises';

/** A key's head: one resource, or the several a combined read is made of (then any of them changing reads it again). */
type Head = Resource | readonly Resource[];

const key = (head: Head, view: string): QueryKey => [head, view];

/** Every read's key; `useApiData` appends the read's inputs. Two reads share a key only when they load the same answer. */
export const queryKeys = {
  health: key('health', 'status'),
  enterprises: key('enterprises', 'list'),
  enterprisePage: key('enterprises', 'page'),
  enterprise: key('enterprises', 'one'),
  enterpriseNames: key('enterprises', 'names'),
  difficultyOptions: key(['enterprises', 'categories'], 'difficulty-options'),
  scopeOptions: key(['enterprises', 'working-groups', 'projects'], 'scope-options'),
  assignContext: key(['users', 'enterprises', 'settings', 'assignments'], 'assign-context'),
  routingContext: key(['categories', 'working-groups'], 'routing-context'),
  projects: key('projects', 'list'),
  workingGroups: key('working-groups', 'list'),
  categories: key('categories', 'list'),
  users: key('users', 'list'),
  assignments: key('assignments', 'list'),
  settings: key('settings', 'all'),
  audit: key('audit', 'log'),
  robots: key('robots', 'list'),
  stuck: key('stuck', 'list'),
  system: key('system', 'status'),
  outbox: key('outbox', 'list'),
  webhooks: key('webhooks', 'list'),
  webhookDeliveries: key('webhooks', 'deliveries'),
  emailTemplates: key('email-templates', 'list'),
  emailTemplate: key('email-templates', 'one'),
  rounds: key('rounds', 'list'),
  compliance: key(['compliance', 'rounds'], 'grid'),
  bulletins: key('bulletins', 'list'),
  bulletin: key('bulletins', 'one'),
  ranking: key('evaluation', 'ranking'),
  weights: key('evaluation', 'weights'),
  hotline: key('hotline', 'list'),
  gateSetup: key('gate', 'setup'),
  gateRegister: key('gate-register', 'list'),
  gateProjects: key('gate', 'projects'),
  monitoring: key('monitoring', 'register'),
  preferences: key('preferences', 'mine'),
  todo: key('todo', 'mine'),
  measures: key('measures', 'list'),
  forms: key('forms', 'list'),
  form: key('forms', 'one'),
  formAdminList: key('form-admin', 'list'),
  formEditor: key('form-admin', 'editor'),
  submissions: key('submissions', 'list'),
  credit: key('credit', 'ledger'),
  caseState: key('case', 'state'),
  calendar: key('calendar', 'year'),
  tasks: key('tasks', 'list'),
  taskSummary: key('tasks', 'summary'),
  savedFilters: key('saved-filters', 'list'),
  timeline: key('task', 'timeline'),
  candidates: key('task', 'candidates'),
  notices: key('notices', 'list'),
  withdrawnNotices: key('notices', 'withdrawn'),
  contacts: key('settings', 'contacts'),
  dashboard: key('dashboard', 'figures'),
  focusFigures: key('dashboard', 'focus'),
  visits: key('visits', 'list'),
  visit: key('visits', 'one'),
  visitForm: key('visits', 'form'),
} as const satisfies Record<string, QueryKey>;

/** True when the query under `queryKey` reads one of `resources`. */
export function readsAny(queryKey: QueryKey, resources: readonly Resource[]): boolean {
  const head: unknown = queryKey[0];
  const reads: readonly unknown[] = Array.isArray(head) ? head : [head];
  return reads.some((read) => resources.includes(read as Resource));
}

/** Marks everything made of `resources` out of date: shown queries read again at once, the others when next shown. */
export function invalidate(client: QueryClient, resources: readonly Resource[]): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => readsAny(query.queryKey, resources) });
}
