// Hash routing without a library: `#/forms/<key>`, `#/submissions/<id>`, `#/enterprises/<id>`, `#/tasks/<id>`,
// `#/admin/forms/<key>`, `#/admin/<page>`, `#/`.
import type { Route } from './route';

/** Pages without parameters, by their hash path. */
const PLAIN: Record<string, Route> = {
  account: { name: 'account' },
  'my-enterprise': { name: 'myEnterprise' },
  enterprises: { name: 'enterprises' },
  projects: { name: 'projects' },
  assignments: { name: 'assignments' },
  'admin/users': { name: 'users' },
  'admin/audit': { name: 'audit' },
  'admin/import': { name: 'import' },
  'admin/settings': { name: 'settings' },
  'admin/outbox': { name: 'outbox' },
  'admin/robots': { name: 'robots' },
  'admin/webhooks': { name: 'webhooks' },
  'admin/system': { name: 'system' },
  'admin/stuck-cases': { name: 'stuck' },
  'admin/forms': { name: 'forms' },
  'admin/email-templates': { name: 'emailTemplates' },
  inbox: { name: 'inbox' },
  reports: { name: 'compliance' },
  bulletins: { name: 'bulletins' },
  gate: { name: 'gate' },
  register: { name: 'siteRegister' },
  'admin/calendar': { name: 'calendar' },
  dashboard: { name: 'dashboard' },
  visits: { name: 'visits' },
  notices: { name: 'notices' },
  evaluation: { name: 'evaluation' },
  hotline: { name: 'hotline' },
  monitoring: { name: 'monitoring' },
};

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The route a location hash names; anything unknown is `notFound`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second, ...rest] = parts;
  if (!first) return { name: 'home' };
  const plain = Object.hasOwn(PLAIN, parts.join('/')) ? PLAIN[parts.join('/')] : undefined;
  if (plain) return plain;
  if (first === 'admin' && second === 'forms' && rest.length === 1) {
    const key = decode(rest[0]!);
    if (key) return { name: 'formEditor', key };
  }
  if (first === 'enterprises' && second !== undefined && /^[1-9]\d{0,9}$/.test(second) && rest.length === 1 && rest[0] === 'credit')
    return { name: 'credit', id: Number(second) };
  if (rest.length === 0 && second !== undefined) {
    const value = decode(second);
    if (value && first === 'forms') return { name: 'form', key: value };
    if (value && first === 'submissions') return { name: 'submission', id: value };
    // A task opened from the inbox: `#/inbox/<id>` is the address people guess (and older notes carry) for `#/tasks/<id>`.
    if (value && (first === 'tasks' || first === 'inbox')) return { name: 'task', id: value };
    if (first === 'enterprises' && /^[1-9]\d{0,9}$/.test(second)) return { name: 'enterprise', id: Number(second) };
    if (first === 'visits' && /^[1-9]\d{0,9}$/.test(second)) return { name: 'visits', id: Number(second) };
  }
  return { name: 'notFound' };
}
