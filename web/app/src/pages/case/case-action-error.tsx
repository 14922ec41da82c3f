// The refusals an enterprise's answer can meet: 409 (the case no longer waits: a colleague answered, or time ran out)
// with the reload that shows where it stands, and 422 (the answer is incomplete) in the server's words.
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/error-notice';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);

/** Props of CaseActionError. */
export interface CaseActionErrorProps {
  error: unknown;
  onReload: () => void;
}

/** Nothing, a "not waiting — reload" notice, or the server's message. */
export function CaseActionError({ error, onReload }: CaseActionErrorProps) {
  const { t } = useI18n();
  if (error === null) return null;
  if (!(error instanceof ApiError) || error.status !== 409) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('case.stale.title')}</p>
      <p>{t('case.stale.text')}</p>
      <button type="button" className="button button--quiet" onClick={onReload}>
        {t('case.reload')}
      </button>
    </div>
  );
}
