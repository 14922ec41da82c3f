// The only page of a user whose password an administrator set, or whose password a sign-in found below the password
// rules: the server refuses everything else until it is changed (signing out stays in the header).
import type { User } from '../api/api-types';
import { PageHeading } from '../components/page-heading';
import { useI18n } from '../i18n/use-i18n';
import { PasswordForm } from './password-form';
import './org-pages.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgOwnZhCn } from '../i18n/messages/org-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgOwnZhCn);

/** Props of PasswordChangePage. */
export interface PasswordChangePageProps {
  user: User;
  /** Called after the change: the app asks the server for the session again and opens the routed page. */
  onChanged: () => void;
}

/** Asks for a new password before anything else. */
export function PasswordChangePage({ user, onChanged }: PasswordChangePageProps) {
  const { t } = useI18n();
  const weak = user.passwordChangeReason === 'weak_password';
  return (
    <>
      <PageHeading>{t(weak ? 'account.weakPasswordTitle' : 'account.mustChangeTitle')}</PageHeading>
      <section className="card section narrow-form" aria-labelledby="must-change-password">
        <h2 id="must-change-password">
          {t('account.changePassword')} · <span className="mono">{user.username}</span>
        </h2>
        <p className="muted">{t(weak ? 'account.weakPasswordIntro' : 'account.mustChangeIntro')}</p>
        <PasswordForm onChanged={onChanged} />
      </section>
    </>
  );
}
