// The gate check as one scrolling form with large targets; the decision replaces it once submitted.
import { useEffect, useRef, useState } from 'react';
import type { GateSetup, SiteClearance } from '../../api/gate-api';
import type { QueueEntry } from '../../offline/queue';
import { BusyButton } from '../../components/busy-button';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorNotice } from '../../components/error-notice';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { ChoiceGroup } from './choice-group';
import { GateResult } from './gate-result';
import { missingBeforeSubmit } from './missing-before-submit';
import { revealFirstError } from './reveal-first-error';
import { SignaturePad } from './signature-pad';
import { StepChecklist } from './step-checklist';
import { SubmitHint } from './submit-hint';
import { TemperatureField } from './temperature-field';
import { OfflineKeyMissing, useGateCheck } from './use-gate-check';
import { WorkerFields } from './worker-fields';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** Props of GateCheckForm. */
export interface GateCheckFormProps {
  setup: GateSetup;
  userId: number;
  /** The gate checks on the phone, so a check decided offline says once it is sent. */
  queued?: readonly QueueEntry[];
  /** The site's enterprise's clearance as the setup said it, and when the setup was read: a check decided offline
   * tells it, marked as of then. */
  siteClearance?: SiteClearance | null;
  asOf?: string | null;
}

/** Inputs, signature and submit for one worker; then the result. */
export function GateCheckForm({ setup, userId, queued = [], siteClearance = null, asOf = null }: GateCheckFormProps) {
  const { t, locale } = useI18n();
  const check = useGateCheck(setup, locale, userId, siteClearance);
  const formRef = useRef<HTMLFormElement>(null);
  // The look-up found the worker in quarantine here: nothing to check at the gate, so nothing but the notice is shown.
  const [inQuarantine, setInQuarantine] = useState(false);
  // A try to submit while something is missing (Enter in a field, a tap on the waiting button): now it is said in red.
  const [attempted, setAttempted] = useState(false);
  const { values, update, fieldErrors: errors } = check;
  const problems = Object.values(errors);
  useEffect(() => {
    if (check.error !== null) revealFirstError(formRef.current);
  }, [check.error]);
  if (check.result)
    return (
      <GateResult
        result={check.result}
        workerName={values.worker.name}
        days={setup.days}
        facts={check.submitted}
        onNext={() => {
          setInQuarantine(false);
          setAttempted(false);
          check.next();
        }}
        offline={check.decidedOffline}
        clearanceAsOf={check.decidedOffline ? (asOf ?? undefined) : undefined}
        queued={check.decidedOffline ? queued.find((item) => item.clientId === check.result!.id) : undefined}
      />
    );
  const needsSignature = !check.turnedBack && check.signs && !check.signature;
  const workerFields = (
    <WorkerFields
      value={values.worker}
      onChange={(worker) => update({ worker })}
      errors={errors}
      onQuarantine={(quarantined) => {
        setInQuarantine(quarantined);
        // The signature pad goes with the form; a signature kept unseen would count for whoever is checked next.
        if (quarantined) check.sign(null);
      }}
      onStartOver={() => {
        setAttempted(false);
        check.next();
      }}
    />
  );
  const missing = missingBeforeSubmit({
    residentId: values.worker.residentId,
    name: values.worker.name,
    channel: values.channel,
    plateAsked: check.lane?.vehicle === true,
    vehiclePlate: values.vehiclePlate,
    certificate: values.certificate,
    temperature: values.temperature,
    zone: values.zone,
    signs: check.signs,
    signed: check.signature !== null,
    laneSteps: check.laneSteps,
    done: values.steps,
  });
  const { lane } = check;
  const options = (prefix: 'gate.channel' | 'gate.certificate' | 'register.zone', list: readonly string[]) =>
    list.map((value) => ({ value, label: t(`${prefix}.${value}` as Parameters<typeof t>[0]) }));

  return (
    <form
      ref={formRef}
      className="gate-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // The button waits while anything is missing; Enter in a field must not send what it would not.
        if (missing.length === 0) void check.submit();
        else setAttempted(true);
      }}
    >
      {workerFields}
      {/* The same form element either way, so the look-up's notice in the worker fields stays as the rest goes. */}
      {!inQuarantine && (
        <>
          <ChoiceGroup
            legend={t('gate.channel')}
            name="channel"
            value={values.channel}
            options={options('gate.channel', setup.channels)}
            onChange={(channel) => update({ channel })}
          >
            {lane && <p className="muted">{t('gate.scanAt', { code: lane.scan.title[locale] })}</p>}
          </ChoiceGroup>
          {lane?.vehicle && (
            <TextField
              label={t('gate.vehiclePlate')}
              hint={t('gate.vehiclePlateHint')}
              value={values.vehiclePlate}
              onChange={(vehiclePlate) => update({ vehiclePlate })}
              autoComplete="off"
              error={errors['/vehiclePlate']}
            />
          )}
          <ChoiceGroup
            legend={t('gate.certificate')}
            name="certificate"
            value={values.certificate}
            options={options('gate.certificate', ['health-certificate', 'pass', 'none'])}
            onChange={check.answerCertificate}
            error={errors['/certificate']}
          >
            {check.turnedBack && <p className="gate-warning">{t('gate.turnBackNote')}</p>}
          </ChoiceGroup>
          {/* Turned back, a reading already taken is still worth recording: a fever then alerts the gate and the cadres. */}
          <TemperatureField
            id="gate-temperature"
            value={values.temperature}
            onChange={(temperature) => update({ temperature })}
            threshold={setup.feverThreshold}
            required={!check.turnedBack}
            error={errors['/temperature']}
          />
          {!check.turnedBack && (
            <>
              <CheckboxField label={t('gate.risk')} checked={values.riskFlag} onChange={(riskFlag) => update({ riskFlag })} />
              <TextField
                label={t('gate.travel')}
                value={values.recentTravel}
                onChange={(recentTravel) => update({ recentTravel })}
                autoComplete="off"
              />
              <ChoiceGroup
                legend={t('gate.zone')}
                name="zone"
                value={values.zone}
                options={options('register.zone', setup.zones)}
                onChange={(zone) => update({ zone })}
              />
              {check.signs && (
                <section className="gate-group" aria-labelledby="gate-commitment">
                  <h2 id="gate-commitment">{t('gate.commitment')}</h2>
                  <p className="commitment">{setup.commitment[locale].text}</p>
                  <p className="muted">{t('gate.signHere')}</p>
                  <SignaturePad onChange={check.sign} />
                  {errors['/signature'] ? (
                    <p className="field__error">{errors['/signature']}</p>
                  ) : (
                    needsSignature && <p className={attempted ? 'field__error' : 'muted'}>{t('gate.signatureMissing')}</p>
                  )}
                </section>
              )}
              {setup.notice && check.laneSteps.includes('notice') && (
                <section className="gate-group" aria-labelledby="gate-notice">
                  <h2 id="gate-notice">{t('gate.notice')}</h2>
                  <p className="commitment">{setup.notice[locale].text}</p>
                  {errors['/noticeSha256'] && <p className="field__error">{errors['/noticeSha256']}</p>}
                </section>
              )}
              <StepChecklist steps={check.laneSteps} done={values.steps} onToggle={check.toggle} error={errors['/steps']} />
            </>
          )}
          {problems.length > 0 ? (
            // Read out at once: what is wrong, field by field, while focus moves to the first of them.
            <div className="notice notice--error" role="alert">
              <p className="notice__title">{t('gate.problems', { count: problems.length })}</p>
              <ul className="problem-list">
                {problems.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </div>
          ) : (
            check.error !== null &&
            (check.error instanceof OfflineKeyMissing ? (
              <p className="notice notice--error" role="alert">
                {t('offline.noKey')}
              </p>
            ) : (
              <ErrorNotice error={check.error} />
            ))
          )}
          {/* A tap on the disabled button reaches the bar as a pointer event only (no click): that is the try. */}
          <div className="gate-submit" onPointerDown={() => missing.length > 0 && setAttempted(true)}>
            <SubmitHint id="gate-submit-hint" missing={missing} tone={attempted ? 'error' : check.started ? 'warning' : 'plain'} />
            <BusyButton
              busy={check.busy}
              label={t('gate.submit')}
              busyLabel={t('gate.submitting')}
              // Disabled while the hint beside it lists anything, as for the signature: a press could only be refused.
              disabled={missing.length > 0}
              describedBy={missing.length > 0 ? 'gate-submit-hint' : undefined}
            />
          </div>
        </>
      )}
    </form>
  );
}
