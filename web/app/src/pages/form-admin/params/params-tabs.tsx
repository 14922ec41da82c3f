// The process parameters of the form editor as two tabs over one JSON text: the generated form (default) and the raw
// JSON box. The form's template choices come from the email templates admins may pick (shipped and created), its
// people, enterprise and robot choices from the accounts, enterprises and robots registered (use-pick-lists.ts), and
// parameters that name a field of the form offer the fields of the form as it stands (its schema, titled). The
// server's problems are listed above the form by place ("第 2 级 › 办理时限：…"), shown at their fields, and the first
// wrong field is brought into view and focused when they arrive.
import type { RJSFSchema } from '@rjsf/utils';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PROCESS_TYPES } from '#forms/process-types';
import { titledParamsSchema } from '#forms/process-type-texts';
import type { ErrorDetail } from '../../../api/api-types';
import { emailTemplateApi } from '../../../api/email-template-api';
import { useApiData } from '../../../hooks/use-api-data';
import { queryKeys } from '../../../api/query-keys';
import { pointerSegments } from '../../../form/pointer-segments';
import { useI18n } from '../../../i18n/use-i18n';
import { ErrorNotice } from '../../../components/error-notice';
import { ParamsEditor } from './params-editor';
import type { ParamsEditorContext } from './params-editor-context';
import { formFieldChoices } from './form-field-choices';
import { focusProblem, problemPlace } from './params-problems';
import { usePickLists } from './use-pick-lists';
import { addZhCnMessages } from '../../../i18n/loaded-dictionaries';
import { paramsEditorZhCn } from '../../../i18n/messages/params-editor-messages';
import { formAdminZhCn } from '../../../i18n/messages/form-admin-messages';

// These words come with the admin chunks that use them, not with the first scripts.
addZhCnMessages(paramsEditorZhCn);
addZhCnMessages(formAdminZhCn);

/** Props of ParamsTabs. */
export interface ParamsTabsProps {
  processType: string;
  text: string;
  onChange: (text: string) => void;
  /** The raw JSON box, shown on the JSON tab. */
  json: ReactNode;
  /** The server's problems with the params (paths relative to them); the JSON tab also shows them at their lines. */
  problems: readonly ErrorDetail[];
  /** The form's schema as it stands (undefined while it does not parse), for parameters that name one of its fields. */
  formSchema?: RJSFSchema;
  /** The form's English titles by JSON pointer (its `i18n.en`). */
  english?: Record<string, string>;
}

type Tab = 'form' | 'json';

/** The tab bar and the chosen view. */
export function ParamsTabs({ processType, text, onChange, json, problems, formSchema, english }: ParamsTabsProps) {
  const { t, locale } = useI18n();
  const [tab, setTab] = useState<Tab>('form');
  const schema = useMemo(() => {
    const type = PROCESS_TYPES[processType];
    return type ? titledParamsSchema(type.paramsSchema, locale) : undefined;
  }, [processType, locale]);
  // The first wrong field is focused once per answer, on the form tab (also when the admin comes back to it).
  const problemsKey = JSON.stringify(problems);
  const focusedFor = useRef('[]');
  useEffect(() => {
    if (tab !== 'form' || problemsKey === focusedFor.current) return;
    focusedFor.current = problemsKey;
    const first = (JSON.parse(problemsKey) as ErrorDetail[])[0];
    // After rjsf has drawn the problem under its field.
    if (first) requestAnimationFrame(() => focusProblem(pointerSegments(first.path)));
  }, [tab, problemsKey]);
  const templates = useApiData((signal) => emailTemplateApi.list(signal), [], queryKeys.emailTemplates);
  const { failed, retry, people, enterprises, robots } = usePickLists();
  // Keyed by content: the caller builds the definition anew on every keystroke.
  const fieldsKey = JSON.stringify([formSchema ?? null, english ?? {}]);
  const formFields = useMemo(() => {
    const [schemaNow, englishNow] = JSON.parse(fieldsKey) as [RJSFSchema | null, Record<string, string>];
    return schemaNow ? formFieldChoices(schemaNow, englishNow, locale) : undefined;
  }, [fieldsKey, locale]);
  const context = useMemo<ParamsEditorContext>(
    () => ({ templates: templates.data?.templates ?? [], people, enterprises, robots, formFields }),
    [templates.data, people, enterprises, robots, formFields],
  );
  const tabs: [Tab, string][] = [
    ['form', t('params.tabForm')],
    ['json', t('params.tabJson')],
  ];
  return (
    <section className="params-tabs" aria-label={t('formAdmin.params')}>
      <h3>{t('formAdmin.params')}</h3>
      <div role="tablist" aria-label={t('params.tabsLabel')} className="params-tabs__bar">
        {tabs.map(([name, label]) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`params-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`params-panel-${name}`}
            className={`button ${tab === name ? 'button--primary' : 'button--quiet'}`}
            onClick={() => setTab(name)}
          >
            {label}
            {/* How many problems the JSON view shows, as a count beside its label. */}
            {name === 'json' && problems.length > 0 && <span className="tab-count"> {problems.length}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`params-panel-${tab}`} aria-labelledby={`params-tab-${tab}`}>
        {tab === 'form' ? (
          <>
            <p className="muted">{t('params.intro')}</p>
            {failed !== null && <ErrorNotice error={failed} onRetry={retry} />}
            {problems.length > 0 && (
              <ul className="field__error" aria-live="polite">
                {problems.map((problem, index) => {
                  const segments = pointerSegments(problem.path);
                  const place = problemPlace(segments, schema, t);
                  return (
                    <li key={`${problem.path}:${index}`}>
                      {place ? (
                        <button type="button" className="link-button" onClick={() => focusProblem(segments)}>
                          {t('form.errorItem', { field: place, message: problem.message })}
                        </button>
                      ) : (
                        problem.message
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            <ParamsEditor processType={processType} text={text} onChange={onChange} context={context} problems={problems} />
          </>
        ) : (
          json
        )}
      </div>
    </section>
  );
}
