// The inverse of parseRoute, for links.
import type { Route } from './route';

/** The `href` (a hash) of a route. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'notFound':
      return '#/';
    case 'form':
      return `#/forms/${encodeURIComponent(route.key)}`;
    case 'submission':
      return `#/submissions/${encodeURIComponent(route.id)}`;
    case 'account':
      return '#/account';
    case 'myEnterprise':
      return '#/my-enterprise';
    case 'enterprises':
    case 'projects':
    case 'assignments':
      return `#/${route.name}`;
    case 'enterprise':
      return `#/enterprises/${route.id}`;
    case 'users':
    case 'audit':
    case 'import':
    case 'settings':
    case 'outbox':
    case 'robots':
    case 'webhooks':
    case 'system':
    case 'forms':
      return `#/admin/${route.name}`;
    case 'emailTemplates':
      return '#/admin/email-templates';
    case 'stuck':
      return '#/admin/stuck-cases';
    case 'formEditor':
      return `#/admin/forms/${encodeURIComponent(route.key)}`;
    case 'inbox':
      return '#/inbox';
    case 'compliance':
      return '#/reports';
    case 'bulletins':
      return '#/bulletins';
    case 'gate':
      return '#/gate';
    case 'siteRegister':
      return '#/register';
    case 'calendar':
      return '#/admin/calendar';
    case 'dashboard':
      return '#/dashboard';
    case 'visits':
      return route.id === undefined ? '#/visits' : `#/visits/${route.id}`;
    case 'notices':
      return '#/notices';
    case 'evaluation':
      return '#/evaluation';
    case 'hotline':
      return '#/hotline';
    case 'monitoring':
      return '#/monitoring';
    case 'credit':
      return `#/enterprises/${route.id}/credit`;
    case 'task':
      return `#/tasks/${encodeURIComponent(route.id)}`;
  }
}
