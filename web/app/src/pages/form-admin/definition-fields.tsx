// Titles, descriptions, audience and process type of a definition; the server's problems show at their fields.
import { useId, type ReactNode } from 'react';
import type { LocalizedText } from '#core/domain/locale';
import { ROLES, type Role } from '#core/org/org-types';
import type { ErrorDetail } from '../../api/api-types';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { isMessageKey } from '../../i18n/is-message-key';
import { useI18n } from '../../i18n/use-i18n';
import type { EditorState } from './editor-state';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** Props of DefinitionFields. */
export interface DefinitionFieldsProps {
  state: EditorState;
  onChange: (change: Partial<EditorState>) => void;
  processTypes: readonly string[];
  problems: readonly ErrorDetail[];
}

interface TextAreaProps {
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

function TextArea({ label, hint, value, onChange, error }: TextAreaProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The non-JSON fields of the editor. */
export function DefinitionFields({ state, onChange, processTypes, problems }: DefinitionFieldsProps) {
  const { t } = useI18n();
  // The parameter names are code to type as shown, not words of the hint's language.
  const guidanceHint = (
    <>
      {t('formAdmin.guidanceHint')}{' '}
      {['{checkInTimes}', '{days}', '{deadline}'].map((name, index) => (
        <span key={name}>
          {index > 0 && ' '}
          <code>{name}</code>
        </span>
      ))}
    </>
  );
  const at = (path: string) => problems.find((p) => p.path === path)?.message;
  const under = (prefix: string) => problems.find((p) => p.path === prefix || p.path.startsWith(`${prefix}/`))?.message;
  const text = (field: 'title' | 'description' | 'guidance', locale: keyof LocalizedText, value: string) =>
    onChange({ [field]: { ...state[field], [locale]: value } });
  const toggle = (role: Role, on: boolean) =>
    onChange({ audience: on ? ROLES.filter((r) => r === role || state.audience.includes(r)) : state.audience.filter((r) => r !== role) });
  // The service class's role is also held by inspection team members; the form may leave them out.
  const noInspectors = state.audienceExcludes.includes('inspector');
  const toggleInspectors = (leaveOut: boolean) =>
    onChange({ audienceExcludes: leaveOut ? ['inspector'] : state.audienceExcludes.filter((who) => who !== 'inspector') });
  const types = processTypes.includes(state.processType) ? processTypes : [state.processType, ...processTypes];
  const known = new Set(['/title/zh-CN', '/title/en', '/description/zh-CN', '/description/en', '/guidance/zh-CN', '/guidance/en']);
  const others = problems.filter((p) => !known.has(p.path) && !p.path.startsWith('/audience') && p.path !== '/process/processType');

  return (
    <div className="definition-fields">
      <div className="form-admin-grid">
        <TextField
          label={t('formAdmin.titleZh')}
          required
          value={state.title['zh-CN']}
          onChange={(v) => text('title', 'zh-CN', v)}
          error={at('/title/zh-CN')}
        />
        <TextField
          label={t('formAdmin.titleEn')}
          required
          value={state.title.en}
          onChange={(v) => text('title', 'en', v)}
          error={at('/title/en')}
        />
        <TextArea
          label={t('formAdmin.descriptionZh')}
          value={state.description['zh-CN']}
          onChange={(v) => text('description', 'zh-CN', v)}
          error={at('/description/zh-CN')}
        />
        <TextArea
          label={t('formAdmin.descriptionEn')}
          value={state.description.en}
          onChange={(v) => text('description', 'en', v)}
          error={at('/description/en')}
        />
        <TextArea
          label={t('formAdmin.guidanceZh')}
          hint={guidanceHint}
          value={state.guidance['zh-CN']}
          onChange={(v) => text('guidance', 'zh-CN', v)}
          error={at('/guidance/zh-CN') ?? at('/guidance')}
        />
        <TextArea
          label={t('formAdmin.guidanceEn')}
          hint={guidanceHint}
          value={state.guidance.en}
          onChange={(v) => text('guidance', 'en', v)}
          error={at('/guidance/en') ?? at('/guidance')}
        />
      </div>
      <fieldset className="field audience-field" aria-describedby={under('/audience') ? 'audience-error' : undefined}>
        <legend>{t('formAdmin.audience')}</legend>
        <div className="audience-field__options">
          {ROLES.map((role) => (
            <CheckboxField
              key={role}
              label={t(`role.${role}`)}
              checked={state.audience.includes(role)}
              onChange={(on) => toggle(role, on)}
            />
          ))}
        </div>
        {state.audience.includes('special_class') && (
          <CheckboxField label={t('formAdmin.audienceNoInspectors')} checked={noInspectors} onChange={toggleInspectors} />
        )}
        {under('/audience') && (
          <p id="audience-error" className="field__error">
            {under('/audience')}
          </p>
        )}
      </fieldset>
      <SelectField
        label={t('formAdmin.processType')}
        hint={t('formAdmin.processTypeEditHint')}
        value={state.processType}
        options={types.map((name) => {
          const key = `process.${name}`;
          return { value: name, label: isMessageKey(key) ? t(key) : name };
        })}
        onChange={(processType) => onChange({ processType })}
        error={at('/process/processType')}
      />
      {others.length > 0 && (
        <ul className="field__error">
          {others.map((p, index) => (
            <li key={`${p.path}:${index}`}>
              <span className="mono">{p.path || '/'}</span> {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
