// The evaluation's weights, edited through a form generated from the schema the server validates with: no JSON, no
// code. Titles come from the dictionaries, so adding an input to the schema adds a field here. The lists of forms are
// picked by title from the forms each list may name (the server refuses any other key).
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { useState } from 'react';
import { formValidator } from '#forms/form-validator';
import { messagesTransformer } from '#forms/localize-validation-errors';
import { ApiError } from '../../api/api-error';
import { WEIGHT_FORM_LISTS } from '#core/evaluation/weight-form-fit';
import { evaluationApi, type EvaluationWeights, type WeightFormChoices } from '../../api/evaluation-api';
import { FORM_TEMPLATES } from '../../form/form-templates';
import { rjsfStrings } from '../../form/rjsf-strings';
import { toExtraErrors } from '../../form/to-extra-errors';
import { ErrorNotice } from '../../components/error-notice';
import { SuccessNotice } from '../../components/success-notice';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { WeightFormsField, type WeightsFormContext } from './weight-forms-field';

/** Props of WeightsEditor. */
export interface WeightsEditorProps {
  schema: RJSFSchema;
  weights: EvaluationWeights;
  /** The forms each list may name. */
  choices: WeightFormChoices;
  onSaved: (weights: EvaluationWeights) => void;
}

const FIELDS = { weightForms: WeightFormsField };
const UI_SCHEMA: UiSchema = {
  'ui:submitButtonOptions': { norender: true },
  ...Object.fromEntries(WEIGHT_FORM_LISTS.map((list) => [list, { 'ui:field': 'weightForms' }])),
};

/** The schema with a title on every property in the reader's language. */
function titled(schema: RJSFSchema, t: (key: MessageKey) => string): RJSFSchema {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => {
      const key = (
        Array.isArray((property as RJSFSchema).items) || (property as RJSFSchema).type === 'array'
          ? `evaluation.sources.${name}`
          : `evaluation.input.${name}`
      ) as MessageKey;
      return [name, { ...(property as RJSFSchema), title: t(key) }];
    }),
  );
  return { ...schema, properties };
}

/** The weights form of an administrator. */
export function WeightsEditor({ schema, weights, choices, onSaved }: WeightsEditorProps) {
  const { t, locale } = useI18n();
  const [formData, setFormData] = useState<EvaluationWeights>(weights);
  const [context, setContext] = useState<WeightsFormContext>({ choices });
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const localized = titled(schema, t);

  const save = async (next: EvaluationWeights) => {
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      const answer = await evaluationApi.saveWeights(next);
      setFormData(answer.weights);
      setContext({ choices: answer.choices });
      setSaved(t('evaluation.weightsSaved'));
      onSaved(answer.weights);
    } catch (reason) {
      setError(reason);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="weights-editor">
      <p className="hint">{t('evaluation.weightsIntro')}</p>
      <Form
        schema={localized}
        uiSchema={UI_SCHEMA}
        fields={FIELDS}
        formContext={context}
        validator={formValidator()}
        transformErrors={messagesTransformer(localized, locale)}
        // rjsf's words (add, remove, move a source) in the reader's language, on worded buttons.
        translateString={rjsfStrings(locale)}
        templates={FORM_TEMPLATES}
        formData={formData}
        onChange={(event) => setFormData(event.formData as EvaluationWeights)}
        onSubmit={(event) => void save(event.formData as EvaluationWeights)}
        extraErrors={error instanceof ApiError && error.details.length ? toExtraErrors(error.details, localized) : undefined}
        showErrorList={false}
        noHtml5Validate
        focusOnFirstError
        disabled={saving}
      >
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button button--primary" disabled={saving} aria-busy={saving}>
          {saving ? t('evaluation.savingWeights') : t('evaluation.saveWeights')}
        </button>
        <SuccessNotice message={saved} />
      </Form>
    </div>
  );
}
