// Ends one cadre assignment with a reason; the row stays in the history.
import { useState, type FormEvent } from 'react';
import { adminApi } from '../../api/admin-api';
import type { Assignment } from '../../api/org-types';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** Props of EndAssignmentForm. */
export interface EndAssignmentFormProps {
  assignment: Assignment;
  onEnded: () => void;
  onCancel: () => void;
}

/** Asks for the reason (kept in the history and the audit log) and ends the assignment. */
export function EndAssignmentForm({ assignment, onEnded, onCancel }: EndAssignmentFormProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The reason is what a later reader of the history needs, so it is asked for, not optional.
    setMissing(!reason.trim());
    if (sending || !reason.trim()) return;
    setSending(true);
    setError(null);
    try {
      await adminApi.endAssignment(assignment.id, reason);
      onEnded();
    } catch (failure) {
      setError(failure);
      setSending(false);
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      <p>{t('assignments.endQuestion', { cadre: assignment.cadreName, enterprise: assignment.enterpriseName })}</p>
      <TextField
        label={t('assignments.endReason')}
        required
        hint={t('assignments.endReasonHint')}
        value={reason}
        onChange={setReason}
        error={missing ? t('common.fieldRequired') : undefined}
      />
      <div className="actions">
        <BusyButton busy={sending} label={t('assignments.end')} busyLabel={t('common.saving')} variant="danger" />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
