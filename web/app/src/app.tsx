// The shell: asks who is signed in, shows the login or the routed page inside the header/main/footer layout.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, startTransition, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { User } from './api/api-types';
import { fugongApi } from './api/fugong-api';
import { requestState } from './api/request-state';
import { clearSessionEnd, noteSessionEnded } from './api/session-end';
import { AppHeader } from './components/app-header';
import { AppNavigation } from './components/app-navigation';
import { ErrorNotice } from './components/error-notice';
import { HealthFooter } from './components/health-footer';
import { LoadingIndicator } from './components/loading-indicator';
import { PageBoundary } from './components/page-boundary';
import { useI18n } from './i18n/use-i18n';
import { FIELD_ROLES, flushBeforeSignOut, SIGN_OUT_EVENT, type SignOutDetail } from './offline/pending-key';
import { PageForRoute } from './page-for-route';
import { navigate } from './routing/navigate';
import { routeHref } from './routing/route-href';
import { useHashRoute } from './routing/use-hash-route';

// Someone already signed in (most visits) needs neither the login nor the first password change: both load on demand.
const LoginPage = lazy(() => import('./pages/login-page').then((module) => ({ default: module.LoginPage })));
const PasswordChangePage = lazy(() => import('./pages/password-change-page').then((module) => ({ default: module.PasswordChangePage })));

// A field user's queue is sent from every page, its count in the header (issue 23); other roles never load its code.
const FieldQueueStatus = lazy(() => import('./offline/field-queue-status'));

// The public bulletin needs no sign-in: visitors reach it from the login page or by its address.
const NoticesPage = lazy(() => import('./pages/notices/notices-page').then((module) => ({ default: module.NoticesPage })));

// `demoData`: the server has the seeded demo accounts, so the login page may say where their logins are.
type SessionState = { phase: 'loading' } | { phase: 'failed'; error: unknown } | { phase: 'ready'; user: User | null; demoData?: boolean };

// Session answers land as transitions inside one Suspense boundary that is always shown: while a page's chunk loads,
// React keeps what is on screen instead of committing a fallback, and so skips the 300 ms it waits before revealing
// content that replaced a fallback (React 19's Suspense throttling, which cost every first page load 300 ms).
const settle = (update: () => void) => startTransition(update);

/** The whole app. */
export function App() {
  const { t } = useI18n();
  const route = useHashRoute();
  const [session, setSession] = useState<SessionState>({ phase: 'loading' });
  const hadUser = useRef(false);
  useEffect(() => {
    hadUser.current = session.phase === 'ready' && session.user !== null;
  }, [session]);
  const queryClient = useQueryClient();
  const navId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  // The phone menu closes whenever the page changes.
  useEffect(() => setMenuOpen(false), [route]);
  const closeMenu = useCallback((refocus: boolean) => {
    setMenuOpen(false);
    if (refocus) menuButton.current?.focus();
  }, []);

  const loadSession = useCallback(() => {
    setSession({ phase: 'loading' });
    fugongApi.session().then(
      ({ user, demoData }) => settle(() => setSession({ phase: 'ready', user, demoData: demoData === true })),
      (error: unknown) => setSession({ phase: 'failed', error }),
    );
  }, []);

  useEffect(() => {
    loadSession();
    // A 401 anywhere means the session ended (expired, signed out in another tab): back to the login.
    // The cached answers were that user's: the next one to sign in starts without them. The route stays, so signing
    // in again returns to the page; the login page says why it is there.
    requestState.onUnauthorized = () => {
      queryClient.clear();
      // A refusal to someone who was not signed in (a public page's visitor) ended no session.
      if (hadUser.current) noteSessionEnded('ended');
      setSession((before) => ({ phase: 'ready', user: null, demoData: before.phase === 'ready' && before.demoData }));
    };
    return () => {
      requestState.onUnauthorized = () => undefined;
    };
  }, [loadSession, queryClient]);

  const logout = async () => {
    // A field user's queue code (offline/forget-offline-session.ts) first sends what it can, then may cancel: items
    // are still queued and the officer chose to stay; otherwise it forgets the session's cached answers and keys.
    // Other roles add nothing here.
    await flushBeforeSignOut();
    const detail: SignOutDetail | null = user ? { userId: user.id } : null;
    if (!window.dispatchEvent(new CustomEvent(SIGN_OUT_EVENT, { cancelable: true, detail }))) return;
    clearSessionEnd();
    try {
      await fugongApi.logout();
    } finally {
      // Fetch a fresh CSRF token for the next sign-in, whatever the logout answered; the next user starts at home,
      // with none of this user's cached answers.
      queryClient.clear();
      navigate({ name: 'home' });
      loadSession();
    }
  };

  const user = session.phase === 'ready' ? session.user : null;
  // Someone who must first change the password is shown that page alone.
  const navigable = Boolean(user && !user.mustChangePassword);
  return (
    <div className="app">
      <AppHeader
        ref={menuButton}
        user={user}
        onLogout={logout}
        navId={navId}
        menuOpen={menuOpen}
        onMenuToggle={() => setMenuOpen((open) => !open)}
        status={
          user && FIELD_ROLES.includes(user.role) ? (
            <Suspense fallback={null}>
              <FieldQueueStatus userId={user.id} role={user.role} />
            </Suspense>
          ) : null
        }
      />
      <div className={navigable ? 'app-body app-body--with-nav' : 'app-body'}>
        {user && navigable && <AppNavigation id={navId} user={user} route={route} open={menuOpen} onClose={closeMenu} />}
        <main id="main" tabIndex={-1} className="app-main">
          <PageBoundary page={routeHref(route)}>
            <Suspense fallback={<LoadingIndicator label={t('common.loading')} />}>
              {session.phase === 'loading' && <LoadingIndicator />}
              {session.phase === 'failed' && <ErrorNotice error={session.error} onRetry={loadSession} />}
              {session.phase === 'ready' && !user && route.name === 'notices' && <NoticesPage signedIn={false} />}
              {session.phase === 'ready' && !user && route.name !== 'notices' && (
                <>
                  <LoginPage
                    demoData={session.demoData === true}
                    onLogin={(signedIn) => settle(() => setSession({ phase: 'ready', user: signedIn, demoData: session.demoData }))}
                  />
                  <p className="login">
                    <a href="#/notices">{t('nav.notices')}</a>
                  </p>
                </>
              )}
              {user?.mustChangePassword && <PasswordChangePage user={user} onChanged={loadSession} />}
              {user && !user.mustChangePassword && <PageForRoute route={route} user={user} onLogout={logout} />}
            </Suspense>
          </PageBoundary>
        </main>
      </div>
      <HealthFooter />
    </div>
  );
}
