// The rjsf widget for `format: "upload-ref"` fields: the file is uploaded first (with progress) and the field's
// value becomes the server's reference `upload:<id>`; wrong types and sizes are refused at the field before sending.
// The browser's own file button speaks the browser's language ("Choose File" on a Chinese page): it stays the control,
// out of sight, behind a button worded in the reader's language.
import type { WidgetProps } from '@rjsf/utils';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES, uploadProblem } from '#forms/upload-limits';
import { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/use-i18n';
import { uploadFile } from './upload-file';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../i18n/messages/form-admin-messages';
import '../pages/form-fill.css';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

type Upload = { state: 'idle' } | { state: 'sending'; fileName: string; fraction: number } | { state: 'failed'; message: string };

const MAX_MB = UPLOAD_MAX_BYTES / 1024 / 1024;

/** A file input that uploads on choice and stores the upload reference as the field value. */
export function UploadWidget({ id, value, onChange, disabled, readonly, required, rawErrors }: WidgetProps) {
  const { t } = useI18n();
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const [fileName, setFileName] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const ref = typeof value === 'string' && value.startsWith('upload:') ? value : undefined;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const problem = uploadProblem(file);
    if (problem) {
      setUpload({ state: 'failed', message: t(`upload.problem.${problem}`, { max: MAX_MB }) });
      event.target.value = '';
      return;
    }
    controller.current?.abort();
    controller.current = new AbortController();
    setUpload({ state: 'sending', fileName: file.name, fraction: 0 });
    try {
      const uploaded = await uploadFile(
        file,
        (fraction) => setUpload({ state: 'sending', fileName: file.name, fraction }),
        controller.current.signal,
      );
      setFileName(uploaded.fileName);
      setUpload({ state: 'idle' });
      onChange(uploaded.ref);
    } catch (error) {
      if (controller.current.signal.aborted) return;
      const message =
        error instanceof ApiError && error.message
          ? error.message
          : t(error instanceof ApiError && error.status === 0 ? 'error.network' : 'upload.failed');
      setUpload({ state: 'failed', message });
    } finally {
      event.target.value = '';
    }
  };
  const remove = () => {
    setFileName(undefined);
    onChange(undefined);
    input.current?.focus();
  };

  const errorId = `${id}-upload-error`;
  const invalid = upload.state === 'failed' || Boolean(rawErrors?.length);
  return (
    <div className="upload-widget">
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        accept={UPLOAD_CONTENT_TYPES.join(',')}
        disabled={disabled || readonly || upload.state === 'sending'}
        required={required && !ref}
        onChange={(event) => void choose(event)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-upload-hint${upload.state === 'failed' ? ` ${errorId}` : ''}`}
      />
      {/* A second label of the input: clicking it opens the file dialog, and the input's name ends with its words. */}
      <label htmlFor={id} className="button button--quiet file-choose upload-widget__choose">
        {t('upload.choose')}
      </label>
      {!ref && upload.state !== 'sending' && <span className="upload-widget__none">{t('upload.none')}</span>}
      <p id={`${id}-upload-hint`} className="field__hint">
        {t('upload.hint', { max: MAX_MB })}
      </p>
      <div aria-live="polite" className="upload-widget__status">
        {upload.state === 'sending' && (
          <p>
            <progress max={1} value={upload.fraction} aria-label={t('upload.progressLabel', { name: upload.fileName })} />{' '}
            {t('upload.sending', { name: upload.fileName, percent: Math.round(upload.fraction * 100) })}
          </p>
        )}
        {ref && upload.state !== 'sending' && (
          <p className="upload-widget__done">
            {t('upload.done')}{' '}
            <a href={`/api/uploads/${encodeURIComponent(ref.slice('upload:'.length))}`} download>
              {fileName ?? t('upload.stored')}
            </a>{' '}
            {!disabled && !readonly && (
              <button type="button" className="link-button" onClick={remove}>
                {t('upload.remove')}
              </button>
            )}
          </p>
        )}
      </div>
      {upload.state === 'failed' && (
        <p id={errorId} className="field__error" role="alert">
          {upload.message}
        </p>
      )}
    </div>
  );
}
