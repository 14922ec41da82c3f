// The banner: app name, navigation for the user's role, who is signed in, language, sign out.
import { useState } from 'react';
import type { User } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import type { Route } from '../routing/route';
import { routeHref } from '../routing/route-href';
import { LanguageSwitch } from './language-switch';

/** Props of AppHeader; without a user only the name and the language switch show. */
export interface AppHeaderProps {
  user: User | null;
  route: Route;
  onLogout: () => Promise<void>;
}

/** The page header with navigation and the session controls. */
export function AppHeader({ user, route, onLogout }: AppHeaderProps) {
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
  const links: { route: Route; label: string }[] = [{ route: { name: 'home' }, label: t('nav.home') }];
  if (user?.role === 'admin') links.push({ route: { name: 'outbox' }, label: t('nav.outbox') });

  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <div className="app-header__bar">
        <a className="app-header__name" href={routeHref({ name: 'home' })}>{t('app.name')}</a>
        {user && (
          <nav aria-label={t('nav.label')} className="app-header__nav">
            <ul>
              {links.map((link) => (
                <li key={link.route.name}>
                  <a href={routeHref(link.route)} aria-current={link.route.name === route.name ? 'page' : undefined}>{link.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="app-header__tools">
          {user && (
            <p className="app-header__user">
              <span className="visually-hidden">{t('header.signedInAs')} </span>
              <strong>{user.displayName}</strong> <span className="role-label">{t(`role.${user.role}`)}</span>
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
