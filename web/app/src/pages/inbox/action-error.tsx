// A 409 means someone else acted first: say so plainly and offer the reload that shows what they did.
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/error-notice';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** True for the API's "already closed / claimed by someone else" answers. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** Props of ActionError. */
export interface ActionErrorProps {
  error: unknown;
  onReload: () => void;
}

/** The error of a task action: a "someone else acted — reload" notice for 409s, the server's message otherwise. */
export function ActionError({ error, onReload }: ActionErrorProps) {
  const { t } = useI18n();
  if (error === null) return null;
  if (!isStale(error)) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('task.staleTitle')}</p>
      <p>{(error as ApiError).message || t('task.staleText')}</p>
      <button type="button" className="button button--quiet" onClick={onReload}>
        {t('task.reload')}
      </button>
    </div>
  );
}
