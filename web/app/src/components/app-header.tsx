// The banner: app name, navigation for the user's role, who is signed in, language, sign out.
import { useEffect, useId, useState } from 'react';
import type { User } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import type { Route } from '../routing/route';
import { routeHref } from '../routing/route-href';
import { roleNavigation, type NavItem } from '../routing/role-navigation';
import { LanguageSwitch } from './language-switch';

/** Props of AppHeader; without a user only the name and the language switch show. */
export interface AppHeaderProps {
  user: User | null;
  route: Route;
  onLogout: () => Promise<void>;
}

// An enterprise's own page belongs under the list it was opened from.
function isCurrent(item: NavItem, route: Route, user: User): boolean {
  if (item.page === route.name) return true;
  if (route.name !== 'enterprise') return false;
  return user.role === 'enterprise' ? item.page === 'myEnterprise' : item.page === 'enterprises';
}

/** The page header with navigation (a menu button below 720px) and the session controls. */
export function AppHeader({ user, route, onLogout }: AppHeaderProps) {
  const { t } = useI18n();
  const navId = useId();
  const [leaving, setLeaving] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [route]);
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
        {user && (
          <button
            type="button"
            className="button button--quiet app-header__menu"
            aria-expanded={menuOpen}
            aria-controls={navId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </button>
        )}
        {user && (
          <nav id={navId} aria-label={t('nav.label')} className={`app-header__nav${menuOpen ? ' is-open' : ''}`}>
            <ul>
              {roleNavigation(user.role).map((item) => (
                <li key={item.page}>
                  <a href={routeHref({ name: item.page })} aria-current={isCurrent(item, route, user) ? 'page' : undefined}>
                    {t(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="app-header__tools">
          {user && (
            <p className="app-header__user">
              <span className="visually-hidden">{t('header.signedInAs')} </span>
              <a href={routeHref({ name: 'account' })}>
                <strong>{user.displayName}</strong>
              </a>{' '}
              <span className="role-label">{t(`role.${user.role}`)}</span>
            </p>
          )}
          <LanguageSwitch />
          {user && (
            <button type="button" className="button button--quiet" onClick={logout} disabled={leaving}>
              {leaving ? t('header.loggingOut') : t('header.logout')}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
