// The process parameters of the form editor as two tabs over one JSON text: the generated form (default) and the raw
// JSON box. The form's template choices come from the email templates admins may pick (shipped and created).
import { useState, type ReactNode } from 'react';
import type { ErrorDetail } from '../../../api/api-types';
import { emailTemplateApi } from '../../../api/email-template-api';
import { useApiData } from '../../../hooks/use-api-data';
import { queryKeys } from '../../../api/query-keys';
import { useI18n } from '../../../i18n/use-i18n';
import { ParamsEditor } from './params-editor';
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
}

type Tab = 'form' | 'json';

/** The tab bar and the chosen view. */
export function ParamsTabs({ processType, text, onChange, json, problems }: ParamsTabsProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('form');
  const templates = useApiData((signal) => emailTemplateApi.list(signal), [], queryKeys.emailTemplates);
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
            {problems.length > 0 && (
              <ul className="field__error" aria-live="polite">
                {problems.map((problem, index) => (
                  <li key={`${problem.path}:${index}`}>{problem.message}</li>
                ))}
              </ul>
            )}
            <ParamsEditor
              processType={processType}
              text={text}
              onChange={onChange}
              context={{ templates: templates.data?.templates ?? [] }}
            />
          </>
        ) : (
          json
        )}
      </div>
    </section>
  );
}
