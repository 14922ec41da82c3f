// Find or register the worker: the resident ID (check digit verified here and on the server), then the name. The
// look-up runs as soon as a complete, valid ID is typed, so a worker already in quarantine here is known before any
// of the eight steps is walked.
import { useRef, useState } from 'react';
import { isResidentId } from '#core/domain/identifiers';
import { ApiError } from '../../api/api-error';
import { gateApi, type SiteStatus } from '../../api/gate-api';
import { ErrorNotice } from '../../components/error-notice';
import { TextField } from '../../components/text-field';
import { formatDeadline } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** The worker fields of a gate check. */
export interface WorkerValues {
  residentId: string;
  name: string;
  mobile: string;
}

/** Props of WorkerFields. */
export interface WorkerFieldsProps {
  value: WorkerValues;
  onChange: (value: WorkerValues) => void;
  errors: Record<string, string>;
  /** Told whether the worker of the ID is in quarantine at this site (false again for a new or cleared ID). */
  onQuarantine?: (inQuarantine: boolean) => void;
  /** The officer leaves a worker in quarantine for another: the whole check starts afresh (the worker fields are emptied
   * here either way). */
  onStartOver?: () => void;
}

/** What the look-up found: a known worker, their standing at this site, the end of a quarantine here. */
interface Found {
  known: boolean;
  status: SiteStatus | null;
  quarantineEndsAt?: string | null;
  offline?: boolean;
}

/** ID number with a look-up button, then name and mobile (prefilled for a known worker). */
export function WorkerFields({ value, onChange, errors, onQuarantine, onStartOver }: WorkerFieldsProps) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [found, setFoundState] = useState<Found | null>(null);
  const setFound = (next: Found | null) => {
    setFoundState(next);
    onQuarantine?.(next?.status === 'quarantined');
  };
  const [failure, setFailure] = useState<unknown>(null);
  // The ID in the field now: an answer for an ID since changed is dropped.
  const current = useRef('');
  const id = value.residentId.trim().toUpperCase();
  const valid = isResidentId(id);

  const lookup = async (residentId: string, worker: WorkerValues) => {
    current.current = residentId;
    const stale = () => current.current !== residentId;
    setBusy(true);
    setFailure(null);
    try {
      const answer = await gateApi.worker(residentId);
      if (stale()) return;
      const standing = answer.standing;
      setFound({ known: answer.worker !== null, status: standing?.status ?? null, quarantineEndsAt: standing?.quarantineEndsAt });
      // A masked mobile (the worker's record belongs to another site) is not copied into the form.
      if (answer.worker)
        onChange({
          residentId,
          name: answer.worker.name,
          mobile: answer.worker.mobileMasked ? worker.mobile : (answer.worker.mobile ?? worker.mobile),
        });
    } catch (error) {
      if (stale()) return;
      // Not known at this site (the server does not say whether another site knows the worker): a new registration.
      if (error instanceof ApiError && error.status === 404) setFound({ known: false, status: null });
      // No signal: nothing to look up in, so the officer registers the worker as new (the server matches the ID on sync).
      else if (error instanceof ApiError && error.status === 0) setFound({ known: false, status: null, offline: true });
      else setFailure(error);
    } finally {
      if (!stale()) setBusy(false);
    }
  };
  const quarantined = found?.status === 'quarantined';
  const idBox = useRef<HTMLDivElement>(null);
  // Back to an empty form for the next worker: nothing of the quarantined one stays in it.
  const startOver = () => {
    setFound(null);
    current.current = '';
    onChange({ residentId: '', name: '', mobile: '' });
    onStartOver?.();
    idBox.current?.querySelector('input')?.focus();
  };

  return (
    <fieldset className="gate-group">
      <legend>{t('worker.residentId')}</legend>
      <div className="lookup" ref={idBox}>
        <TextField
          label={t('worker.residentId')}
          value={value.residentId}
          onChange={(residentId) => {
            setFound(null);
            setBusy(false);
            current.current = '';
            const next = { ...value, residentId };
            onChange(next);
            // The ID just became complete and valid: look it up at once, without waiting for the button.
            const typed = residentId.trim().toUpperCase();
            if (isResidentId(typed) && typed !== id) void lookup(typed, next);
          }}
          autoComplete="off"
          spellCheck={false}
          required
          error={errors['/residentId'] ?? (value.residentId.length >= 18 && !valid ? t('worker.residentIdInvalid') : undefined)}
        />
        <button
          type="button"
          className="button button--quiet lookup__button"
          disabled={!valid || busy}
          onClick={asyncHandler(() => lookup(id, value))}
        >
          {busy ? t('gate.lookingUp') : t('gate.lookup')}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {found && (found.known ? t('gate.knownWorker', { name: value.name }) : t('gate.newWorker'))}
        {found?.status && <> · {t('gate.standing', { status: t(`worker.status.${found.status}`) })}</>}
      </p>
      {quarantined && (
        // Beside the ID, before any step: this worker is not checked at the gate again while the quarantine lasts.
        <div className="notice notice--warning" role="alert">
          <p className="notice__title">
            {found.quarantineEndsAt
              ? t('gate.inQuarantine', { at: formatDeadline(found.quarantineEndsAt, locale) })
              : t('gate.inQuarantineNoEnd')}
          </p>
          <p>
            {t('gate.inQuarantineWhatToDo')} <a href={routeHref({ name: 'siteRegister' })}>{t('gate.openRegister')}</a>
          </p>
          <button type="button" className="button button--quiet" onClick={startOver}>
            {t('gate.otherWorker')}
          </button>
        </div>
      )}
      {found?.offline && <p className="muted">{t('offline.lookupOffline')}</p>}
      {failure !== null && <ErrorNotice error={failure} />}
      {/* The worker in quarantine is not checked again: the notice above is all there is to do. */}
      {!quarantined && (
        <>
          <TextField
            label={t('worker.name')}
            value={value.name}
            onChange={(name) => onChange({ ...value, name })}
            required
            autoComplete="off"
            error={errors['/name']}
          />
          <TextField
            label={t('worker.mobile')}
            value={value.mobile}
            onChange={(mobile) => onChange({ ...value, mobile })}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            error={errors['/mobile']}
          />
        </>
      )}
    </fieldset>
  );
}
