// The decision, big and coloured, with the rules behind it and the way to the next worker.
import type { GateCheckResult } from '../../api/gate-api';
import type { QueueEntry } from '../../offline/queue';
import type { I18n } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { formatDateTime } from '../../format/format-date-time';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';
import { GateFeverNote } from './gate-fever-note';
import { gateReasonText } from './gate-reason-text';
import { syncedCheckText } from './offline-queue-panel';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** Props of GateResult. */
export interface GateResultProps {
  result: GateCheckResult;
  workerName: string;
  days: number;
  onNext: () => void;
  /** The check as submitted, so a reason names what was measured beside the rule's limit. */
  facts?: Readonly<Record<string, unknown>>;
  /** Decided on the phone without signal and queued to sync. */
  offline?: boolean;
  /** The queued check as it stands on the phone, so the card follows its sending (已同步：… once the server took it). */
  queued?: QueueEntry;
  /** On a check decided offline: when the phone's copy of the site's clearance was read, said beside its note. */
  clearanceAsOf?: string;
}

/** The outcome panel shown after a check. */
export function GateResult({ result, workerName, days, onNext, facts = {}, offline = false, queued, clearanceAsOf }: GateResultProps) {
  const { t, locale } = useI18n();
  const p = punctuation(locale);
  return (
    <section className={`gate-result gate-result--${result.outcome}`} aria-live="assertive" aria-labelledby="gate-result-title">
      <h2 id="gate-result-title">{workerName}</h2>
      <p className="gate-result__outcome">{t(`gate.result.${result.outcome}`, { days })}</p>
      {offline && (
        <p className="gate-result__offline" role="status">
          {offlineText(t, p.colon, queued)}
        </p>
      )}
      <GateFeverNote result={result} facts={facts} />
      <ClearanceNote result={result} queued={queued} asOf={clearanceAsOf} />
      {result.reasons.length > 0 && (
        <p>{`${t('gate.reasons')}${p.colon}${result.reasons.map((reason) => gateReasonText(t, reason, facts)).join(p.semicolon)}`}</p>
      )}
      <button type="button" className="button button--primary button--wide" onClick={onNext} autoFocus>
        {t('gate.next')}
      </button>
    </section>
  );
}

/** The site enterprise not (or no longer) cleared to resume, as the card knows it: decided offline, the phone's copy
 * and when it was read; once the check is synced, the server's word when it arrived instead (it may have changed). */
function ClearanceNote({ result, queued, asOf }: { result: GateCheckResult; queued?: QueueEntry; asOf?: string }) {
  const { t, locale } = useI18n();
  const answer = queued?.status === 'synced' ? queued.answer : undefined;
  const fromServer = answer !== undefined && 'enterpriseClearance' in answer;
  const clearance = fromServer ? answer.enterpriseClearance : result.enterpriseClearance;
  if (clearance !== 'not-cleared' && clearance !== 'suspended') return null;
  return (
    <p className="gate-result__clearance" role="note" data-testid="gate-clearance">
      {t(`gate.clearance.${clearance}`)}
      {asOf && !fromServer && (
        <span className="gate-result__as-of">
          <AsOf text={t('gate.clearance.asOf', { time: TIME })} time={formatDateTime(asOf, locale)} />
        </span>
      )}
    </p>
  );
}

/** Stands for the time in the as-of words, so the time can be set in a span of its own. */
const TIME = '\u0000';

/** The as-of words with their date and time kept on one line on a phone: "8 Dec 2026, 04:55" split after "(8", or
 * 2026年12月8 / 日 06:59 split between characters as Chinese breaks anywhere, reads badly. */
function AsOf({ text, time }: { text: string; time: string }) {
  const [before, after = ''] = text.split(TIME);
  return (
    <>
      {before}
      <span className="nowrap">{time.replace(/ /g, '\u00a0')}</span>
      {after}
    </>
  );
}

/** Where a check decided on the phone stands: queued, taken by the server (with its decision) or refused (with why). */
function offlineText(t: I18n['t'], colon: string, queued: QueueEntry | undefined): string {
  if (queued?.status === 'synced') return syncedCheckText(t, queued.answer?.outcome);
  if (queued?.status === 'refused') return `${t('offline.status.refused')}${colon}${queued.answer?.message ?? ''}`;
  return t('offline.decidedOnDevice');
}
