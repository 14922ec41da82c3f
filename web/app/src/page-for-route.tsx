// Which page a route shows for a signed-in user; heavy pages load on demand.
import { lazy } from 'react';
import type { User } from './api/api-types';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { SubmissionPage } from './pages/submission-page';
import type { Route } from './routing/route';

// rjsf and AJV are most of the app's weight: only the form page needs them.
const FormPage = lazy(() => import('./pages/form-page').then((module) => ({ default: module.FormPage })));
// Admin pages are a separate chunk, so enterprises and gate officers never download them.
const OutboxPage = lazy(() => import('./pages/admin/outbox-page').then((module) => ({ default: module.OutboxPage })));

/** The page element for `route`; the caller wraps it in Suspense. */
export function PageForRoute({ route, user }: { route: Route; user: User }) {
  switch (route.name) {
    case 'home':
      return <HomePage user={user} />;
    case 'form':
      return <FormPage key={route.key} formKey={route.key} />;
    case 'submission':
      return <SubmissionPage key={route.id} id={route.id} />;
    case 'outbox':
      return user.role === 'admin' ? <OutboxPage /> : <NotFoundPage title="outbox.title" reason="outbox.forbidden" />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
