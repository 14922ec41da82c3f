// The draft's status line beside the form's buttons, announced politely: "draft saved at 14:05".
import { ErrorNotice } from '../components/error-notice';
import { formatDateTime } from '../format/format-date-time';
import { useI18n } from '../i18n/use-i18n';
import type { DraftStatus } from './use-form-draft';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** Shows where the draft stands; a failed save shows why, and the next change or click tries again. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const { t, locale } = useI18n();
  return (
    <div className="draft-status" role="status" aria-live="polite">
      {status.state === 'saving' && <p className="muted">{t('draft.saving')}</p>}
      {status.state === 'saved' && <p className="muted">{t('draft.savedAt', { time: formatDateTime(status.at, locale) })}</p>}
      {status.state === 'discarded' && <p className="muted">{t('draft.discarded')}</p>}
      {status.state === 'resumed' && <p className="muted">{t('draft.resumed', { time: formatDateTime(status.at, locale) })}</p>}
      {status.state === 'failed' && (
        <>
          <p className="muted">{t('draft.failed')}</p>
          <ErrorNotice error={status.error} />
        </>
      )}
    </div>
  );
}
