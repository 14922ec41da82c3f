// The files an enterprise attaches to its answer to a return (a permit's photo, a PDF): each uploaded on choice through
// the form files' upload route (its types, size, whole-file check and quota), listed with its size and a way to remove
// it; the answer sends their references. Wrong types and sizes are refused here before sending, as a form's file field
// refuses them.
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { REPLY_MAX_FILES, UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES, uploadProblem } from '#forms/upload-limits';
import { ApiError } from '../../api/api-error';
import { uploadFile, type UploadedFile } from '../../form/upload-file';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';
import { ReplyFileList } from './reply-file-list';
import './case.css';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);

const MAX_MB = UPLOAD_MAX_BYTES / 1024 / 1024;

/** Props of ReplyFilesField; `onBusy` says when an upload starts and ends, so the answer waits for it. */
export interface ReplyFilesFieldProps {
  files: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  onBusy: (busy: boolean) => void;
  disabled?: boolean;
}

/** The answer's files: the chosen ones as a list, a button to add more (up to REPLY_MAX_FILES), progress and refusals. */
export function ReplyFilesField({ files, onChange, onBusy, disabled }: ReplyFilesFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const [sending, setSending] = useState<{ name: string; fraction: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const upload = async (chosen: File[]) => {
    const signal = (controller.current = new AbortController()).signal;
    let kept = files;
    onBusy(true);
    try {
      for (const file of chosen) {
        if (kept.length >= REPLY_MAX_FILES) return setProblem(t('case.reply.tooManyFiles', { count: REPLY_MAX_FILES }));
        const refused = uploadProblem(file);
        if (refused) {
          setProblem(t(`case.reply.problem.${refused}`, { name: file.name, max: MAX_MB }));
          continue;
        }
        setSending({ name: file.name, fraction: 0 });
        kept = [...kept, await uploadFile(file, (fraction) => setSending({ name: file.name, fraction }), signal)];
        onChange(kept);
      }
    } catch (error) {
      if (signal.aborted) return;
      const failed = error instanceof ApiError && error.status === 0 ? 'error.network' : 'case.reply.uploadFailed';
      setProblem(error instanceof ApiError && error.message ? error.message : t(failed));
    } finally {
      setSending(null);
      onBusy(false);
    }
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    setProblem(null);
    if (chosen.length) void upload(chosen);
  };
  const remove = (file: UploadedFile) => {
    setProblem(null);
    onChange(files.filter((kept) => kept.id !== file.id));
  };

  const full = files.length >= REPLY_MAX_FILES;
  return (
    <div className="case-reply-files" role="group" aria-labelledby={`${id}-label`}>
      <p className="case-label" id={`${id}-label`}>
        {t('case.reply.files')}
      </p>
      <p id={`${id}-hint`} className="field__hint">
        {t('case.reply.filesHint', { max: MAX_MB, count: REPLY_MAX_FILES })}
      </p>
      {files.length ? (
        <ReplyFileList
          files={files}
          action={(file) =>
            !disabled && (
              <button
                type="button"
                className="link-button"
                aria-label={t('case.reply.removeFileNamed', { name: file.fileName })}
                onClick={() => remove(file)}
              >
                {t('case.reply.removeFile')}
              </button>
            )
          }
        />
      ) : (
        <p className="muted">{t('case.reply.noFiles')}</p>
      )}
      <input
        id={id}
        type="file"
        multiple
        className="visually-hidden"
        accept={UPLOAD_CONTENT_TYPES.join(',')}
        disabled={disabled || sending !== null || full}
        onChange={choose}
        aria-describedby={`${id}-hint`}
      />
      <label htmlFor={id} className="button button--quiet case-reply-files__choose">
        {t('case.reply.addFile')}
      </label>
      <div aria-live="polite">
        {sending && (
          <p>
            <progress max={1} value={sending.fraction} aria-label={t('case.reply.progressLabel', { name: sending.name })} />{' '}
            {t('case.reply.uploading', { name: sending.name, percent: Math.round(sending.fraction * 100) })}
          </p>
        )}
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
