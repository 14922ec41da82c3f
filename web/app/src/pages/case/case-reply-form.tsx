// The enterprise's answer to "return for more information": one required text and, if it has them, files (a permit's
// photo, a PDF); the rung's clock restarts on sending.
import { useState, type FormEvent } from 'react';
import { caseApi } from '../../api/case-api';
import { BusyButton } from '../../components/busy-button';
import { useI18n } from '../../i18n/use-i18n';
import { TaskTextArea } from '../inbox/task-text-area';
import { useAction } from '../../hooks/use-action';
import type { UploadedFile } from '../../form/upload-file';
import { CaseActionError } from './case-action-error';
import { ReplyFilesField } from './reply-files-field';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);

/** Props of CaseReplyForm; `onAnswered` receives the success message. */
export interface CaseReplyFormProps {
  submissionId: string;
  onAnswered: (message: string) => void;
  onReload: () => void;
}

/** The reply form shown while a case is returned to the enterprise. */
export function CaseReplyForm({ submissionId, onAnswered, onReload }: CaseReplyFormProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const action = useAction();

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (uploading) return;
    if (!text.trim()) return setMissing(true);
    setMissing(false);
    void action
      .run(async () => {
        await caseApi.reply(
          submissionId,
          text.trim(),
          files.map((file) => file.ref),
        );
        return t('case.reply.done');
      })
      .then((ok) => ok && onAnswered(t('case.reply.done')));
  };

  return (
    <form className="case-form" onSubmit={send} noValidate>
      <TaskTextArea
        label={t('case.reply.label')}
        hint={t('case.reply.hint')}
        value={text}
        onChange={setText}
        required
        maxLength={4000}
        disabled={action.busy}
        error={missing ? t('case.reply.required') : undefined}
      />
      <ReplyFilesField files={files} onChange={setFiles} onBusy={setUploading} disabled={action.busy} />
      <CaseActionError error={action.error} onReload={onReload} />
      {uploading && (
        <p id="case-reply-waiting" className="muted">
          {t('case.reply.waitUpload')}
        </p>
      )}
      <BusyButton
        busy={action.busy}
        label={t('case.reply.submit')}
        busyLabel={t('case.reply.sending')}
        disabled={uploading}
        describedBy={uploading ? 'case-reply-waiting' : undefined}
      />
    </form>
  );
}
