// The words for one rule behind a gate decision. A rule on a number names what was measured and the limit, apart:
// "体温 37.8 ℃（达到 37.3 ℃ 即需隔离观察）", never just "体温达到 37.3 ℃", which reads as if 37.3 had been measured.
// A rule the page has no sentence for still reads as words: the field's title, the comparison, the value's label.
import type { GateReason } from '../../api/gate-api';
import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-cn-messages';

type Translate = I18n['t'];

/** Rules with a sentence of their own: the fact says it all ("无有效健康证明或通行证"). */
const SENTENCES: Record<string, { value: GateReason['value']; key: MessageKey }> = {
  certificate: { value: 'none', key: 'gate.reason.certificate' },
  commitmentSigned: { value: false, key: 'gate.reason.commitmentSigned' },
  riskFlag: { value: true, key: 'gate.reason.riskFlag' },
};

/** The title of each field a rule may read, as the form names it to the officer. */
const FIELD_TITLES: Record<string, MessageKey> = {
  temperature: 'gate.field.temperature',
  certificate: 'gate.certificate',
  commitmentSigned: 'gate.field.commitmentSigned',
  riskFlag: 'gate.field.riskFlag',
  channel: 'gate.channel',
  zone: 'gate.zone',
  vehiclePlate: 'gate.vehiclePlate',
  recentTravel: 'gate.field.recentTravel',
  name: 'worker.name',
  residentId: 'worker.residentId',
};

const OPERATORS: Record<string, MessageKey> = {
  '>=': 'gate.op.atLeast',
  '>': 'gate.op.above',
  '<=': 'gate.op.atMost',
  '<': 'gate.op.below',
  '==': 'gate.op.is',
  '!=': 'gate.op.isNot',
};

/** Where the label of a field's chosen value lives (`gate.channel.freight`). */
const VALUE_PREFIXES: Record<string, string> = { certificate: 'gate.certificate', channel: 'gate.channel', zone: 'register.zone' };

function valueWords(t: Translate, field: string, value: unknown): string {
  if (typeof value === 'boolean') return t(value ? 'gate.value.yes' : 'gate.value.no');
  if (field === 'temperature' && typeof value === 'number') return t('gate.value.celsius', { value });
  const prefix = VALUE_PREFIXES[field];
  return prefix ? t(`${prefix}.${String(value)}` as MessageKey) : String(value);
}

/**
 * One reason in the reader's language. `facts` is the check as submitted: with the measured number there, a rule on a
 * number says both the reading and the limit with what it leads to; without it, the rule alone, in words.
 */
export function gateReasonText(t: Translate, reason: GateReason, facts: Readonly<Record<string, unknown>> = {}): string {
  const sentence = SENTENCES[reason.field];
  if (sentence && sentence.value === reason.value && reason.op === '==') return t(sentence.key);
  const field = FIELD_TITLES[reason.field] ? t(FIELD_TITLES[reason.field]!) : reason.field;
  const operator = OPERATORS[reason.op];
  const condition = operator ? t(operator, { value: valueWords(t, reason.field, reason.value) }) : `${reason.op} ${String(reason.value)}`;
  const measured = facts[reason.field];
  if (typeof measured === 'number' && typeof reason.value === 'number' && operator)
    return t('gate.reason.measured', {
      field,
      measured: valueWords(t, reason.field, measured),
      condition,
      outcome: t(reason.then === 'turn-back' ? 'gate.then.turn-back' : 'gate.then.quarantine'),
    });
  return t('gate.reason.rule', { field, condition });
}
