// The banner, one line on every screen: app name, the phone's menu button, who is signed in, language, sign out.
// The navigation itself is AppNavigation (a sidebar on wide screens, the menu's panel on phones).
import { forwardRef, useState, type ReactNode } from 'react';
import type { User } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import { Icon } from './icon';
import { LanguageSwitch } from './language-switch';
import { asyncHandler } from '../events/async-handler';

/** Props of AppHeader; without a user only the name and the language switch show. */
export interface AppHeaderProps {
  user: User | null;
  onLogout: () => Promise<void>;
  /** The id of the navigation the phone menu button opens and closes. */
  navId: string;
  menuOpen: boolean;
  onMenuToggle: () => void;
  /** Shown at the end of the bar on every page: a field user's "离线" and "待同步 N" (offline/field-queue-status.tsx). */
  status?: ReactNode;
}

/** The page header: app name, the menu button (phones only), who is signed in, language, sign out. */
export const AppHeader = forwardRef<HTMLButtonElement, AppHeaderProps>(function AppHeader(
  { user, onLogout, navId, menuOpen, onMenuToggle, status },
  menuButton,
) {
  const { t } = useI18n();
  const [leaving, setLeaving] = useState(false);
  const logout = async () => {
    setLeaving(true);
    try {
      await onLogout();
    } finally {
      setLeaving(false);
    }
  };

  return (
    <header className="app-header">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <div className="app-header__bar">
        <a className="app-header__name" href={routeHref({ name: 'home' })}>
          {t('app.name')}
        </a>
        {user && !user.mustChangePassword && (
          <button
            ref={menuButton}
            type="button"
            className="button button--quiet app-header__menu"
            aria-expanded={menuOpen}
            aria-controls={navId}
            onClick={onMenuToggle}
          >
            <Icon name={menuOpen ? 'close' : 'menu'} />
            {t('nav.menu')}
          </button>
        )}
        <div className="app-header__tools">
          {user && (
            <p className="app-header__user">
              <span className="visually-hidden">{t('header.signedInAs')} </span>
              <a href={routeHref({ name: 'account' })}>
                <strong>{user.displayName}</strong>
              </a>{' '}
              <span className="role-label">{t(user.inspectionBody ? 'role.inspector' : `role.${user.role}`)}</span>
            </p>
          )}
          <LanguageSwitch />
          {user && (
            <button type="button" className="button button--quiet" onClick={asyncHandler(logout)} disabled={leaving}>
              {leaving ? t('header.loggingOut') : t('header.logout')}
            </button>
          )}
        </div>
        {status}
      </div>
    </header>
  );
});
