// A worker turned back with a fever (no certificate, 38.6 ℃): the worker still leaves, but the card tells the fever
// apart from a plain turn-back, says they are not quarantined and that the fever alert goes to the gate and the cadre.
import type { GateCheckResult, GateReason } from '../../api/gate-api';
import type { I18n } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/use-i18n';

/** Props of GateFeverNote. */
export interface GateFeverNoteProps {
  result: Pick<GateCheckResult, 'outcome' | 'reasons'>;
  /** The check as submitted, for the temperature measured. */
  facts: Readonly<Record<string, unknown>>;
}

/** The temperature measured (the rule's limit when the check's facts are not at hand). */
function feverWords(t: I18n['t'], rule: GateReason, facts: Readonly<Record<string, unknown>>): string {
  if (typeof facts.temperature === 'number') return t('gate.value.celsius', { value: facts.temperature });
  return `≥ ${t('gate.value.celsius', { value: String(rule.value) })}`;
}

/** The fever line under a turn-back, or nothing. */
export function GateFeverNote({ result, facts }: GateFeverNoteProps) {
  const { t } = useI18n();
  if (result.outcome !== 'turned-back') return null;
  const fever = result.reasons.find((rule) => rule.field === 'temperature' && rule.then === 'quarantine');
  if (!fever) return null;
  return (
    <p className="gate-result__fever" role="alert">
      {t('gate.result.feverTurnedBack', { temperature: feverWords(t, fever, facts) })}
    </p>
  );
}
