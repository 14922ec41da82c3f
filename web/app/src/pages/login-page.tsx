// Sign in with username and password; the server's message explains a refusal (wrong password, throttled). When the
// session ended under the reader, the page says so first, and whether their entries were kept.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error';
import type { User } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { clearSessionEnd, useSessionEnd, type SessionEnd } from '../api/session-end';
import { ErrorNotice } from '../components/error-notice';
import { PageHeading } from '../components/page-heading';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/zh-cn-messages';
import { asyncHandler } from '../events/async-handler';

/** What the login page says first, by how the session ended under the reader. */
export const SESSION_END_NOTICE: Record<SessionEnd, MessageKey> = {
  ended: 'login.sessionEnded',
  draftKept: 'login.sessionEndedDraftKept',
  notSaved: 'login.sessionEndedNotSaved',
};

/** Props of LoginPage. */
export interface LoginPageProps {
  onLogin: (user: User) => void;
  /** The server has the seeded demo accounts (never in production): say where their logins are. */
  demoData?: boolean;
}

/** The sign-in page; calls `onLogin` with the user once the server accepts. */
export function LoginPage({ onLogin, demoData = false }: LoginPageProps) {
  const { t } = useI18n();
  const ended = useSessionEnd();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const fieldError = (field: string) =>
    error instanceof ApiError ? error.details.find((detail) => detail.path === `/${field}`)?.message : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    setError(null);
    try {
      const { user } = await fugongApi.login(username.trim(), password);
      if (user) {
        clearSessionEnd();
        onLogin(user);
      }
    } catch (reason) {
      setError(reason);
      setSending(false);
    }
  };

  const usernameError = fieldError('username');
  const passwordError = fieldError('password');
  return (
    <section className="card login">
      <PageHeading>{t('login.title')}</PageHeading>
      <p className="muted">{t('app.tagline')}</p>
      {ended && (
        <p className="notice" role="status">
          {t(SESSION_END_NOTICE[ended])}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} title={t('login.failed')} />}
      <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
        <div className="field">
          <label htmlFor={`${id}-username`}>{t('login.username')}</label>
          <input
            id={`${id}-username`}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            aria-invalid={usernameError ? true : undefined}
            aria-describedby={usernameError ? `${id}-username-error` : undefined}
          />
          {usernameError && (
            <p id={`${id}-username-error`} className="field__error">
              {usernameError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('login.password')}</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? `${id}-password-error` : undefined}
          />
          {passwordError && (
            <p id={`${id}-password-error`} className="field__error">
              {passwordError}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary button--wide" disabled={sending}>
          {sending && <span className="spinner" aria-hidden="true" />}
          {sending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      {demoData && <p className="hint">{t('login.demoHint')}</p>}
    </section>
  );
}
