// The administrators' chunk: one lazily loaded module holding every admin page, picked by the route's name.
import type { User } from '../../api/api-types';
import type { Route } from '../../routing/route';
import { AssignmentsAdminPage } from './assignments-admin-page';
import { AuditPage } from './audit-page';
import { EnterprisesAdminPage } from './enterprises-admin-page';
import { ImportPage } from './import-page';
import { OutboxPage } from './outbox-page';
import { ProjectsAdminPage } from './projects-admin-page';
import { RobotsPage } from './robots-page';
import { WebhooksPage } from './webhooks-page';
import { SettingsPage } from './settings-page';
import { UsersPage } from './users-page';
import '../org-pages.css';

/** Props of AdminPage. */
export interface AdminPageProps {
  route: Route;
  /** The signed-in administrator (PageForRoute passes it to every page). */
  user: User;
}

/** The admin variant of the page `route` names; `null` for routes that are not admin pages (PageForRoute never sends those). */
export function AdminPage({ route }: AdminPageProps) {
  switch (route.name) {
    case 'users':
      return <UsersPage />;
    case 'enterprises':
      return <EnterprisesAdminPage />;
    case 'projects':
      return <ProjectsAdminPage />;
    case 'assignments':
      return <AssignmentsAdminPage />;
    case 'audit':
      return <AuditPage />;
    case 'import':
      return <ImportPage />;
    case 'settings':
      return <SettingsPage />;
    case 'outbox':
      return <OutboxPage />;
    case 'robots':
      return <RobotsPage />;
    case 'webhooks':
      return <WebhooksPage />;
    default:
      return null;
  }
}
