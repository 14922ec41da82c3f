// The objection form under an open publicity notice; anyone may use it, signed in or not, leaving a name and a mainland
// mobile so the reviewer can reach them (the bulletin shows the mobile masked). The server limits how often one address
// may object and how long a reason may be; the browser checks the length and the mobile first.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { noticeApi } from '../../api/notice-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { useAction } from '../../hooks/use-action';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { creditZhCn } from '../../i18n/messages/credit-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(creditZhCn);

const MIN = 5;
const MAX = 1000;
const MOBILE = /^1[3-9]\d{9}$/;

/** Props of ObjectionForm. */
export interface ObjectionFormProps {
  noticeId: number;
  title: string;
  onLodged: () => void;
  onCancel: () => void;
}

/** A labelled reason and a submit button, with the server's refusal shown beside them. */
export function ObjectionForm({ noticeId, title, onLodged, onCancel }: ObjectionFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const [mobile, setMobile] = useState('');
  const [contactProblem, setContactProblem] = useState(false);
  const action = useAction();
  const { busy, error } = action;
  const [tooShort, setTooShort] = useState(false);
  const fieldError = tooShort
    ? t('notice.reasonTooShort')
    : error instanceof ApiError
      ? error.details.find((detail) => detail.path === '/reason')?.message
      : undefined;
  const serverDetail = (path: string) => (error instanceof ApiError ? error.details.find((d) => d.path === path)?.message : undefined);
  const nameError = (contactProblem && !name.trim() ? t('notice.nameMissing') : undefined) ?? serverDetail('/contact/name');
  const mobileError = (contactProblem && !MOBILE.test(mobile) ? t('notice.mobileInvalid') : undefined) ?? serverDetail('/contact/mobile');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const badReason = reason.trim().length < MIN;
    const badContact = !name.trim() || !MOBILE.test(mobile);
    setTooShort(badReason);
    setContactProblem(badContact);
    if (badReason || badContact) return;
    await action.run(async () => {
      await noticeApi.object(noticeId, reason.trim(), { name: name.trim(), mobile });
      onLodged();
    });
  };

  return (
    <form className="objection-form" onSubmit={asyncHandler(submit)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('notice.objectTitle', { title })}</h4>
      {error !== null && !fieldError && !nameError && !mobileError && <ErrorNotice error={error} />}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('notice.reason')}</label>
        <textarea
          id={`${id}-reason`}
          rows={5}
          maxLength={MAX}
          value={reason}
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
          onChange={(event) => {
            setReason(event.target.value);
            setTooShort(false);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          {t('notice.reasonHint')}
        </p>
        {fieldError && (
          <p id={`${id}-error`} className="field__error">
            {fieldError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('notice.contactName')}</label>
        <input
          id={`${id}-name`}
          autoComplete="name"
          maxLength={50}
          value={name}
          required
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {nameError && (
          <p id={`${id}-name-error`} className="field__error">
            {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-mobile`}>{t('notice.contactMobile')}</label>
        <input
          id={`${id}-mobile`}
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          maxLength={11}
          value={mobile}
          required
          aria-invalid={mobileError ? true : undefined}
          aria-describedby={`${id}-mobile-hint${mobileError ? ` ${id}-mobile-error` : ''}`}
          onChange={(event) => setMobile(event.target.value.trim())}
        />
        <p id={`${id}-mobile-hint`} className="hint">
          {t('notice.contactHint')}
        </p>
        {mobileError && (
          <p id={`${id}-mobile-error`} className="field__error">
            {mobileError}
          </p>
        )}
      </div>
      <div className="toolbar">
        <BusyButton busy={busy} label={t('notice.submit')} busyLabel={t('notice.submitting')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('notice.cancel')}
        </button>
      </div>
    </form>
  );
}
