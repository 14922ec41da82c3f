// Process parameters edited through a form generated from the process type's own JSON Schema (forms/process-types.ts)
// with titles and help in the reader's language (forms/process-type-texts.ts): rungs of a ladder as a list, time limits
// offered as choices, templates, actors, people, enterprises and group robots picked by name. It reads and writes the
// same JSON text as the raw box; the server's problems with the params show at their fields.
import Form from '@rjsf/core';
import type { RegistryFieldsType, RegistryWidgetsType } from '@rjsf/utils';
import { useMemo } from 'react';
import type { ErrorDetail } from '../../../api/api-types';
import { formValidator } from '#forms/form-validator';
import { PROCESS_TYPES } from '#forms/process-types';
import { titledParamsSchema } from '#forms/process-type-texts';
import { FORM_TEMPLATES } from '../../../form/form-templates';
import { parseJsonText } from '../../../form/parse-json-text';
import { rjsfStrings } from '../../../form/rjsf-strings';
import { useI18n } from '../../../i18n/use-i18n';
import { ActorField } from './actor-field';
import { EnterprisesField } from './enterprises-field';
import { FormFieldWidget } from './form-field-widget';
import { JsonBlockField } from './json-block-field';
import { OptionalBlockField } from './optional-block-field';
import { OrgUnitWidget } from './org-unit-widget';
import type { ParamsEditorContext } from './params-editor-context';
import { PARAMS_ID_PREFIX, paramsExtraErrors } from './params-problems';
import { paramsUiSchema } from './params-ui-schema';
import { PeopleField } from './people-field';
import { PriorityWidget } from './priority-widget';
import { pruneEmpty } from './prune-empty';
import { RobotsField } from './robots-field';
import { RungWidget } from './rung-widget';
import { TemplateWidget } from './template-widget';
import { DurationWidget, OffsetWidget, SlaWidget, WhenTextField } from './time-widgets';
import './params-editor.css';

const WIDGETS: RegistryWidgetsType = {
  sla: SlaWidget,
  duration: DurationWidget,
  offset: OffsetWidget,
  template: TemplateWidget,
  orgUnit: OrgUnitWidget,
  formField: FormFieldWidget,
  rung: RungWidget,
  priority: PriorityWidget,
};
const FIELDS: RegistryFieldsType = {
  actor: ActorField,
  json: JsonBlockField,
  whenText: WhenTextField,
  people: PeopleField,
  enterprises: EnterprisesField,
  robots: RobotsField,
  optionalBlock: OptionalBlockField,
};

/** Props of ParamsEditor. */
export interface ParamsEditorProps {
  processType: string;
  /** The params as JSON text (the raw box's text). */
  text: string;
  onChange: (text: string) => void;
  context: ParamsEditorContext;
  /** The server's problems with the params (paths relative to them), shown at their fields. */
  problems?: readonly ErrorDetail[];
}

/** The generated editor, or a note when the JSON text does not parse or the process type is unknown. */
export function ParamsEditor({ processType, text, onChange, context, problems = [] }: ParamsEditorProps) {
  const { t, locale } = useI18n();
  const type = PROCESS_TYPES[processType];
  const schema = useMemo(() => (type ? titledParamsSchema(type.paramsSchema, locale) : undefined), [type, locale]);
  const uiSchema = useMemo(() => (schema ? paramsUiSchema(schema, locale) : undefined), [schema, locale]);
  // Keyed by content: the caller regroups the problems on every render, and rjsf re-merges on a new object.
  const problemsKey = JSON.stringify(problems);
  const extraErrors = useMemo(() => {
    const list = JSON.parse(problemsKey) as ErrorDetail[];
    return list.length ? paramsExtraErrors(list) : undefined;
  }, [problemsKey]);
  const parsed = parseJsonText(text);
  // A picker that depends on a sibling (an alert's role, a target's scope) reads the params as they stand.
  const formContext = useMemo<ParamsEditorContext>(() => {
    const now = parseJsonText(text);
    return { ...context, params: now.ok ? now.value : undefined };
  }, [context, text]);
  if (!schema) return <p className="muted">{t('params.unknownType')}</p>;
  if (!parsed.ok) return <p className="field__error">{t('params.fixJsonFirst')}</p>;
  return (
    <div className="params-editor">
      <Form
        schema={schema}
        uiSchema={uiSchema}
        formData={parsed.value}
        validator={formValidator()}
        widgets={WIDGETS}
        fields={FIELDS}
        formContext={formContext}
        // rjsf's words in the reader's language, on worded list buttons (its own draw an icon font the app does not load).
        translateString={rjsfStrings(locale)}
        templates={FORM_TEMPLATES}
        extraErrors={extraErrors}
        onChange={(event) => onChange(JSON.stringify(pruneEmpty(event.formData ?? {}, type?.paramsSchema), null, 2))}
        // Optional parts (publicity, effects, an overdue alert) stay absent until the admin adds them and fills a field:
        // no defaults, no placeholder items for a list's minimum, no constants filled in.
        experimental_defaultFormStateBehavior={{
          emptyObjectFields: 'skipDefaults',
          arrayMinItems: { populate: 'never' },
          constAsDefaults: 'never',
        }}
        showErrorList={false}
        noHtml5Validate
        idPrefix={PARAMS_ID_PREFIX}
      />
    </div>
  );
}
