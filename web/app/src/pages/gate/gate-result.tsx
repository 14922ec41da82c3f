// The decision, big and coloured, with the rules behind it and the way to the next worker.
import type { GateCheckResult, GateReason } from '../../api/gate-api';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

const REASON_KEYS: Record<string, MessageKey> = {
  certificate: 'gate.reason.certificate',
  commitmentSigned: 'gate.reason.commitmentSigned',
  temperature: 'gate.reason.temperature',
  riskFlag: 'gate.reason.riskFlag',
};

/** Props of GateResult. */
export interface GateResultProps {
  result: GateCheckResult;
  workerName: string;
  days: number;
  onNext: () => void;
  /** Decided on the phone without signal and queued to sync. */
  offline?: boolean;
}

/** The outcome panel shown after a check. */
export function GateResult({ result, workerName, days, onNext, offline = false }: GateResultProps) {
  const { t, locale } = useI18n();
  const p = punctuation(locale);
  const reason = (r: GateReason) =>
    REASON_KEYS[r.field] ? t(REASON_KEYS[r.field]!, { value: String(r.value) }) : `${r.field} ${r.op} ${String(r.value)}`;
  return (
    <section className={`gate-result gate-result--${result.outcome}`} aria-live="assertive" aria-labelledby="gate-result-title">
      <h2 id="gate-result-title">{workerName}</h2>
      <p className="gate-result__outcome">{t(`gate.result.${result.outcome}`, { days })}</p>
      {offline && <p className="gate-result__offline">{t('offline.decidedOnDevice')}</p>}
      {result.reasons.length > 0 && <p>{`${t('gate.reasons')}${p.colon}${result.reasons.map(reason).join(p.semicolon)}`}</p>}
      <button type="button" className="button button--primary button--wide" onClick={onNext} autoFocus>
        {t('gate.next')}
      </button>
    </section>
  );
}
