// Failed requests, worded by the server when it could answer and by us when it could not.
import { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/use-i18n';

/** Props of ErrorNotice. */
export interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
  /** The box's heading when 出错了 would blame the system for what the reader can put right (a wrong password). */
  title?: string;
}

/** Whether the server refused what the reader entered (422): theirs to put right, so not headed 出错了. */
export function isRefusedInput(error: unknown): boolean {
  return error instanceof ApiError && error.status === 422;
}

/** Answers that the same request will get again: a retry button beside them would do nothing. */
const FINAL_STATUSES = new Set([400, 403, 404, 410, 422]);

/** Whether asking again may help: not when the server said the thing is not there or not the reader's. */
export function mayRetry(error: unknown): boolean {
  return !(error instanceof ApiError && FINAL_STATUSES.has(error.status));
}

/** An alert box for an error, with a retry button when one is given and asking again may help. */
export function ErrorNotice({ error, onRetry, title }: ErrorNoticeProps) {
  const { t } = useI18n();
  const message = useErrorMessage(error);
  const heading = title ?? t(isRefusedInput(error) ? 'error.refusedTitle' : 'error.title');
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{heading}</p>
      <p>{message}</p>
      {onRetry && mayRetry(error) && (
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
  // Not an answer of the server's (the page's own code or the browser's storage failed): no status to name.
  return t('error.inPage');
}
