// Which page a route shows for a signed-in user; heavy pages load on demand.
import { lazy } from 'react';
import type { User } from './api/api-types';
import { NotFoundPage } from './pages/not-found-page';
import { canOpen } from './routing/can-open';
import type { Route } from './routing/route';

// Every page is its own chunk, so each role downloads only the pages it opens (bench:pages prints the bytes per role).
const HomePage = lazy(() => import('./pages/home-page').then((module) => ({ default: module.HomePage })));
const AccountPage = lazy(() => import('./pages/account-page').then((module) => ({ default: module.AccountPage })));
const SubmissionPage = lazy(() => import('./pages/submission-page').then((module) => ({ default: module.SubmissionPage })));
const EnterprisePage = lazy(() => import('./pages/enterprise-page').then((module) => ({ default: module.EnterprisePage })));
const EnterpriseListPage = lazy(() => import('./pages/enterprise-list-page').then((module) => ({ default: module.EnterpriseListPage })));
const ProjectListPage = lazy(() => import('./pages/project-list-page').then((module) => ({ default: module.ProjectListPage })));
const AssignmentListPage = lazy(() => import('./pages/assignment-list-page').then((module) => ({ default: module.AssignmentListPage })));

// rjsf and AJV are most of the app's weight: only the form page needs them.
const FormPage = lazy(() => import('./pages/form-page').then((module) => ({ default: module.FormPage })));
// Admin pages are one separate chunk, so enterprises and gate officers never download them.
const AdminPage = lazy(() => import('./pages/admin/admin-page').then((module) => ({ default: module.AdminPage })));
// The form editor carries a JSON editor and a preview: its own chunk, for administrators only.
const FormListPage = lazy(() => import('./pages/form-admin/form-list-page').then((module) => ({ default: module.FormListPage })));
const FormEditorPage = lazy(() => import('./pages/form-admin/form-editor-page').then((module) => ({ default: module.FormEditorPage })));
const EmailTemplatesPage = lazy(() =>
  import('./pages/email-templates/email-templates-page').then((module) => ({ default: module.EmailTemplatesPage })),
);
// Only cadres, working groups and headquarters work an inbox.
const InboxPage = lazy(() => import('./pages/inbox/inbox-page').then((module) => ({ default: module.InboxPage })));
const CompliancePage = lazy(() => import('./pages/collection/compliance-page').then((module) => ({ default: module.CompliancePage })));
const BulletinsPage = lazy(() => import('./pages/collection/bulletins-page').then((module) => ({ default: module.BulletinsPage })));
// Gate officers work on phones: the gate check is its own small chunk.
const GateCheckPage = lazy(() => import('./pages/gate/gate-check-page').then((module) => ({ default: module.GateCheckPage })));
const SiteRegisterPage = lazy(() => import('./pages/gate/site-register-page').then((module) => ({ default: module.SiteRegisterPage })));
const CalendarPage = lazy(() => import('./pages/calendar/calendar-page').then((module) => ({ default: module.CalendarPage })));
// ECharts is the dashboard's alone: its own chunk, never in the form or gate bundles.
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page').then((module) => ({ default: module.DashboardPage })));
const VisitsPage = lazy(() => import('./pages/visits/visits-page').then((module) => ({ default: module.VisitsPage })));
const SystemPage = lazy(() => import('./pages/admin/system-page').then((module) => ({ default: module.SystemPage })));
const StuckPage = lazy(() => import('./pages/admin/stuck-page').then((module) => ({ default: module.StuckPage })));
const HotlinePage = lazy(() => import('./pages/hotline/hotline-page').then((module) => ({ default: module.HotlinePage })));
const MonitoringRegisterPage = lazy(() =>
  import('./pages/monitoring/monitoring-register-page').then((module) => ({ default: module.MonitoringRegisterPage })),
);
const EvaluationPage = lazy(() => import('./pages/evaluation/evaluation-page').then((module) => ({ default: module.EvaluationPage })));
const CreditPage = lazy(() => import('./pages/credit/credit-page').then((module) => ({ default: module.CreditPage })));
const NoticesPage = lazy(() => import('./pages/notices/notices-page').then((module) => ({ default: module.NoticesPage })));
const TaskPage = lazy(() => import('./pages/inbox/task-page').then((module) => ({ default: module.TaskPage })));

/** Props of PageForRoute. */
export interface PageForRouteProps {
  route: Route;
  user: User;
  onLogout: () => Promise<void>;
}

/** The page element for `route`; the caller wraps it in Suspense. */
export function PageForRoute({ route, user, onLogout }: PageForRouteProps) {
  if (!canOpen(user.role, route.name, user.inspectionBody)) return <NotFoundPage title="forbidden.title" reason="forbidden.text" />;
  switch (route.name) {
    case 'home':
      return <HomePage user={user} />;
    case 'form':
      return <FormPage key={route.key} formKey={route.key} role={user.role} />;
    case 'submission':
      return <SubmissionPage key={route.id} id={route.id} user={user} />;
    case 'account':
      return <AccountPage user={user} onLogout={onLogout} />;
    case 'myEnterprise':
      return <EnterprisePage key="mine" id={user.enterpriseId} user={user} />;
    case 'enterprise':
      return <EnterprisePage key={route.id} id={route.id} user={user} />;
    case 'enterprises':
      return user.role === 'admin' ? <AdminPage route={route} user={user} /> : <EnterpriseListPage user={user} />;
    case 'projects':
      return user.role === 'admin' ? <AdminPage route={route} user={user} /> : <ProjectListPage user={user} />;
    case 'assignments':
      return user.role === 'admin' ? <AdminPage route={route} user={user} /> : <AssignmentListPage user={user} />;
    case 'users':
    case 'audit':
    case 'import':
    case 'settings':
    case 'outbox':
    case 'robots':
    case 'webhooks':
      return <AdminPage route={route} user={user} />;
    case 'forms':
      return <FormListPage />;
    case 'formEditor':
      return <FormEditorPage key={route.key} formKey={route.key} />;
    case 'emailTemplates':
      return <EmailTemplatesPage />;
    case 'inbox':
      return <InboxPage user={user} />;
    case 'task':
      return <TaskPage key={route.id} id={route.id} user={user} />;
    case 'compliance':
      return <CompliancePage user={user} />;
    case 'bulletins':
      return <BulletinsPage user={user} />;
    case 'gate':
      return <GateCheckPage user={user} />;
    case 'siteRegister':
      return <SiteRegisterPage user={user} />;
    case 'calendar':
      return <CalendarPage />;
    case 'dashboard':
      return <DashboardPage user={user} />;
    case 'visits':
      return <VisitsPage key={route.id ?? 'list'} user={user} id={route.id} />;
    case 'notices':
      return <NoticesPage signedIn mayWithdraw={user.role === 'hq' || user.role === 'admin'} />;
    case 'credit':
      return <CreditPage key={route.id} id={route.id} user={user} />;
    case 'evaluation':
      return <EvaluationPage user={user} />;
    case 'system':
      return <SystemPage />;
    case 'stuck':
      return <StuckPage />;
    case 'hotline':
      return <HotlinePage user={user} />;
    case 'monitoring':
      return <MonitoringRegisterPage user={user} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
