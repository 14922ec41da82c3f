// What a rule does, as selects: priority, the rung the case starts at, the working group, and one rung's new SLA.
// Extra recipients (`then.notify`) stay in the JSON box; the table keeps them as they are.
import { PRIORITY_LEVELS } from '#core/domain/glossary';
import type { LocalizedText } from '#core/domain/locale';
import { WORKING_GROUPS } from '#core/org/org-types';
import type { RuleOutcome } from '#forms/rules/rule-types';
import { SelectField } from '../../../components/select-field';
import { slaWords } from '#forms/rules/describe-rule';
import { useI18n } from '../../../i18n/use-i18n';

/** Props of OutcomeEditor. */
export interface OutcomeEditorProps {
  outcome: RuleOutcome;
  stages: readonly { name: string; title: LocalizedText }[];
  onChange: (outcome: RuleOutcome) => void;
}

// SLAs offered as choices, in the duration grammar (core/domain/duration.ts); other values stay editable as JSON.
const SLA_CHOICES = [
  '30 minutes',
  '1 hour',
  '2 hours',
  '4 hours',
  '8 hours',
  'end-of-day',
  '1 working day',
  '2 working days',
  '3 working days',
];

/** Drops keys set to nothing, so the params hold only what the admin chose. */
function without(outcome: RuleOutcome, key: keyof RuleOutcome, value: unknown): RuleOutcome {
  const next = { ...outcome } as Record<string, unknown>;
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next as RuleOutcome;
}

/** The outcome controls of one rule. */
export function OutcomeEditor({ outcome, stages, onChange }: OutcomeEditorProps) {
  const { t, pick, locale } = useI18n();
  const stageOptions = stages.map((stage) => ({ value: stage.name, label: pick(stage.title) }));
  const [slaStage, sla] = Object.entries(outcome.sla ?? {})[0] ?? ['', ''];
  const setSla = (stage: string, text: string) => onChange(without(outcome, 'sla', stage ? { [stage]: text } : undefined));
  return (
    <div className="rule-outcome">
      <SelectField
        label={t('rules.priority')}
        value={outcome.priority === undefined ? '' : String(outcome.priority)}
        placeholder={t('rules.unchanged')}
        options={PRIORITY_LEVELS.map((p) => ({ value: String(p), label: t(`priority.${p}`) }))}
        onChange={(value) => onChange(without(outcome, 'priority', value === '' ? undefined : Number(value)))}
      />
      <SelectField
        label={t('rules.startAt')}
        value={outcome.startAt ?? ''}
        placeholder={t('rules.unchanged')}
        options={stageOptions}
        onChange={(value) => onChange(without(outcome, 'startAt', value))}
      />
      <SelectField
        label={t('rules.group')}
        value={outcome.workingGroupKey ?? ''}
        placeholder={t('rules.unchanged')}
        options={WORKING_GROUPS.map((g) => ({ value: g.key, label: locale === 'en' ? g.nameEn : g.nameZh }))}
        onChange={(value) => onChange(without(outcome, 'workingGroupKey', value))}
      />
      <SelectField
        label={t('rules.slaStage')}
        value={slaStage}
        placeholder={t('rules.unchanged')}
        options={stageOptions}
        onChange={(stage) => setSla(stage, sla || '2 hours')}
      />
      {slaStage && (
        <SelectField
          label={t('rules.sla')}
          value={sla}
          options={[...new Set([sla, ...SLA_CHOICES])].map((choice) => ({ value: choice, label: slaWords(choice, locale) }))}
          onChange={(choice) => setSla(slaStage, choice)}
        />
      )}
    </div>
  );
}
