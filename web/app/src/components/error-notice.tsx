// Failed requests, worded by the server when it could answer and by us when it could not.
import { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/use-i18n';

/** Props of ErrorNotice. */
export interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
}

/** An alert box for an error, with an optional retry button. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const { t } = useI18n();
  const message = useErrorMessage(error);
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('error.title')}</p>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--quiet" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

function useErrorMessage(error: unknown): string {
  const { t } = useI18n();
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (error.message) return error.message;
    return t('error.unexpected', { status: error.status });
  }
  return t('error.unexpected', { status: '?' });
}
