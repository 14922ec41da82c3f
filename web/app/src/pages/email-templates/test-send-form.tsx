// Sends the saved template, filled with the sample data, to the admin (or a given address), once per click.
import { useId, useState, type FormEvent } from 'react';
import type { Locale } from '#core/domain/locale';
import { ApiError } from '../../api/api-error';
import { emailTemplateApi, type TestSendResult } from '../../api/email-template-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { TextField } from '../../components/text-field';
import { useAction } from '../../hooks/use-action';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { partProblems } from './part-problems';
import { asyncHandler } from '../../events/async-handler';

/** Props of TestSendForm; `unsaved` blocks sending, because a test message shows what is saved. */
export interface TestSendFormProps {
  name: string;
  locale: Locale;
  unsaved: boolean;
  /** Receives a refusal of the saved text (422 `invalid_template`), for the editor to show at the parts at fault. */
  onTemplateProblems: (error: ApiError) => void;
}

/** The test-send section with its recipient field and the outcome of the last click. */
export function TestSendForm({ name, locale, unsaved, onTemplateProblems }: TestSendFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [to, setTo] = useState('');
  const action = useAction();
  const error = action.error;
  const [result, setResult] = useState<TestSendResult | null>(null);
  const toProblem = partProblems(error).to?.join(' ');
  const templateRefused = error instanceof ApiError && error.code === 'invalid_template';

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    await action.run(async () => {
      try {
        setResult((await emailTemplateApi.testSend(name, locale, to)).testSend);
      } catch (caught) {
        if (caught instanceof ApiError && caught.code === 'invalid_template') onTemplateProblems(caught);
        throw caught;
      }
    });
  };

  return (
    <section className="section card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('emailTemplates.testSend')}</h3>
      <p className="muted">{t('emailTemplates.testSendIntro')}</p>
      <form onSubmit={asyncHandler(send)} noValidate>
        <TextField
          label={t('emailTemplates.recipient')}
          hint={t('emailTemplates.recipientHint')}
          type="email"
          inputMode="email"
          autoComplete="email"
          value={to}
          onChange={setTo}
          error={toProblem}
        />
        {unsaved && <p className="hint">{t('emailTemplates.saveFirst')}</p>}
        <BusyButton
          busy={action.busy}
          disabled={unsaved}
          label={t('emailTemplates.sendTest')}
          busyLabel={t('emailTemplates.sending')}
          variant="quiet"
        />
      </form>
      <div role="status" aria-live="polite">
        {result?.status === 'sent' && <p className="notice notice--ok">{t('emailTemplates.sentTo', { to: result.to })}</p>}
        {result?.status === 'outbox' && (
          <p className="notice notice--ok">
            {t('emailTemplates.keptInOutbox', { to: result.to })}{' '}
            <a href={routeHref({ name: 'outbox' })}>{t('emailTemplates.openOutbox')}</a>
          </p>
        )}
      </div>
      {templateRefused && (
        <p className="field__error" role="alert">
          {t('emailTemplates.fixBelow')}
        </p>
      )}
      {error !== null && !toProblem && !templateRefused && <ErrorNotice error={error} />}
    </section>
  );
}
