// Every signed-in user's own page: who they are, a new password, and signing out.
import { lazy, Suspense, useState } from 'react';
import type { User } from '../api/api-types';
import { BusyButton } from '../components/busy-button';
import { LoadingIndicator } from '../components/loading-indicator';
import { PageHeading } from '../components/page-heading';
import { useI18n } from '../i18n/use-i18n';
import { PasswordForm } from './password-form';
import './org-pages.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgOwnZhCn } from '../i18n/messages/org-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgOwnZhCn);

// Loaded when the account page shows it, with its own words: the first scripts stay within their budget.
const NotificationPreferencesForm = lazy(() =>
  import('./notification-preferences-form').then((module) => ({ default: module.NotificationPreferencesForm })),
);

/** Props of AccountPage. */
export interface AccountPageProps {
  user: User;
  onLogout: () => Promise<void>;
}

/** The account page. */
export function AccountPage({ user, onLogout }: AccountPageProps) {
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
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      <section className="card section" aria-labelledby="account-who">
        <h2 id="account-who">{t('account.profile')}</h2>
        <dl className="meta">
          <div>
            <dt>{t('login.username')}</dt>
            <dd className="mono">{user.username}</dd>
          </div>
          <div>
            <dt>{t('account.displayName')}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>{t('account.role')}</dt>
            <dd>{t(user.inspectionBody ? 'role.inspector' : `role.${user.role}`)}</dd>
          </div>
          {user.email && (
            <div>
              <dt>{t('account.email')}</dt>
              <dd className="break">{user.email}</dd>
            </div>
          )}
          {user.enterpriseName && (
            <div>
              <dt>{t('table.enterprise')}</dt>
              <dd>{user.enterpriseName}</dd>
            </div>
          )}
        </dl>
        <p className="hint">{t('account.profileHint')}</p>
      </section>
      <section className="card section narrow-form" aria-labelledby="account-password">
        <h2 id="account-password">{t('account.changePassword')}</h2>
        <p className="muted">{t('account.changeIntro')}</p>
        <PasswordForm />
      </section>
      <section className="card section" aria-labelledby="account-notifications">
        <Suspense fallback={<LoadingIndicator />}>
          <NotificationPreferencesForm />
        </Suspense>
      </section>
      <section className="card section" aria-labelledby="account-signout">
        <h2 id="account-signout">{t('header.logout')}</h2>
        <p className="muted">{t('account.signOutIntro')}</p>
        <BusyButton
          type="button"
          variant="quiet"
          busy={leaving}
          label={t('header.logout')}
          busyLabel={t('header.loggingOut')}
          onClick={() => void logout()}
        />
      </section>
    </>
  );
}
