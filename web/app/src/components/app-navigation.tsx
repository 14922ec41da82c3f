// The navigation, grouped by task (工作 / 数据 / 组织 / 配置): a sidebar on a wide screen, and on a phone the panel the
// header's menu button opens. One list for both, so a phone and a desktop offer the same pages in the same groups.
import { useEffect, useRef } from 'react';
import type { User } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import type { PlainRoute, Route } from '../routing/route';
import { routeHref } from '../routing/route-href';
import { roleNavigationGroups, type NavItem } from '../routing/role-navigation';

/** Props of AppNavigation. */
export interface AppNavigationProps {
  id: string;
  user: User;
  route: Route;
  /** Whether the phone menu is open (a wide screen always shows the sidebar). */
  open: boolean;
  /** Closes the phone menu, giving focus back to its button when asked. */
  onClose: (refocus: boolean) => void;
}

// An enterprise's own page belongs under the list it was opened from; a task under the inbox; a visit under the log.
function isCurrent(item: NavItem, route: Route, user: User): boolean {
  if (item.page === route.name) return true;
  if (route.name === 'task') return item.page === 'inbox';
  if (route.name === 'formEditor') return item.page === 'forms';
  if (route.name !== 'enterprise') return false;
  return user.role === 'enterprise' ? item.page === 'myEnterprise' : item.page === 'enterprises';
}

/** The grouped links of the user's role. */
export function AppNavigation({ id, user, route, open, onClose }: AppNavigationProps) {
  const { t } = useI18n();
  const nav = useRef<HTMLElement>(null);
  // Opening the phone menu moves focus into it; Escape closes it and returns focus to the button.
  useEffect(() => {
    if (!open) return;
    nav.current?.querySelector<HTMLAnchorElement>('a')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  return (
    <nav ref={nav} id={id} aria-label={t('nav.label')} className={`app-nav${open ? ' is-open' : ''}`}>
      {roleNavigationGroups(user.role, user.inspectionBody).map((group) => (
        <div key={group.key} className="app-nav__group">
          <p id={`${id}-${group.key}`} className="app-nav__heading">
            {t(group.label)}
          </p>
          <ul aria-labelledby={`${id}-${group.key}`}>
            {group.items.map((item) => (
              <li key={item.page}>
                <a
                  // A plain route by construction; TypeScript stops narrowing unions of more than 25 members.
                  href={routeHref({ name: item.page } as PlainRoute)}
                  aria-current={isCurrent(item, route, user) ? 'page' : undefined}
                  // Choosing the page already shown changes no route: close the menu here too.
                  onClick={() => onClose(false)}
                >
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
