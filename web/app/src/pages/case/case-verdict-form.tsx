// The enterprise's verdict on a resolution: confirm it, or reopen the case with a reason (the same rung handles it again).
import { useState, type FormEvent } from 'react';
import { caseApi } from '../../api/case-api';
import { BusyButton } from '../../components/busy-button';
import { useI18n } from '../../i18n/use-i18n';
import { TaskTextArea } from '../inbox/task-text-area';
import { useAction } from '../../hooks/use-action';
import { CaseActionError } from './case-action-error';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);

/** Props of CaseVerdictForm; `onAnswered` receives the success message. */
export interface CaseVerdictFormProps {
  submissionId: string;
  onAnswered: (message: string) => void;
  onReload: () => void;
}

/** A confirm button, and below it the reopen form with its required reason. */
export function CaseVerdictForm({ submissionId, onAnswered, onReload }: CaseVerdictFormProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [sending, setSending] = useState<'confirm' | 'reopen' | null>(null);
  const action = useAction();

  const send = (verdict: 'confirm' | 'reopen') => {
    setSending(verdict);
    const message = verdict === 'confirm' ? t('case.confirm.done') : t('case.reopen.done');
    void action
      .run(async () => {
        await caseApi.verdict(submissionId, verdict, verdict === 'reopen' ? reason.trim() : undefined);
        return message;
      })
      .then((ok) => ok && onAnswered(message));
  };
  const reopen = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    send('reopen');
  };

  return (
    <div className="case-form">
      <div className="toolbar">
        <BusyButton
          type="button"
          busy={action.busy && sending === 'confirm'}
          disabled={action.busy}
          label={t('case.confirm.submit')}
          busyLabel={t('case.confirm.sending')}
          onClick={() => send('confirm')}
        />
      </div>
      <form onSubmit={reopen} noValidate aria-labelledby="case-reopen-heading">
        <h3 id="case-reopen-heading">{t('case.reopen.heading')}</h3>
        <TaskTextArea
          label={t('case.reopen.label')}
          value={reason}
          onChange={setReason}
          required
          maxLength={2000}
          disabled={action.busy}
          error={missing ? t('case.reopen.required') : undefined}
        />
        <BusyButton
          variant="quiet"
          busy={action.busy && sending === 'reopen'}
          disabled={action.busy}
          label={t('case.reopen.submit')}
          busyLabel={t('case.reopen.sending')}
        />
      </form>
      <CaseActionError error={action.error} onReload={onReload} />
    </div>
  );
}
