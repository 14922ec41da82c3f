// The editor of one form: fields and JSON boxes with their errors, save and check, lifecycle, live preview, history.
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/api-error';
import type { ErrorDetail } from '../../api/api-types';
import { formAdminApi, type StoredDefinition } from '../../api/form-admin-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SuccessNotice } from '../../components/success-notice';
import { useI18n } from '../../i18n/use-i18n';
import { useLeaveGuard } from '../../routing/use-leave-guard';
import { DefinitionFields } from './definition-fields';
import { buildDefinition, JSON_PARTS, problemsByPlace, sameState, toEditorState, type EditorState, type JsonPart } from './editor-state';
import { FormBuilder } from './builder/form-builder';
import { PreviewFrame } from './builder/preview-frame';
import { FormPreview } from './form-preview';
import { JsonTextEditor } from './json-text-editor';
import { LifecycleActions } from './lifecycle-actions';
import { ParamsTabs } from './params/params-tabs';
import { RulesEditor } from './rules/rules-editor';
import { VersionHistory } from './version-history';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** Props of FormEditor: `versions` newest first (the draft first of all). */
export interface FormEditorProps {
  formKey: string;
  versions: StoredDefinition[];
  running: Record<string, number>;
  processTypes: string[];
  /** Reloads the versions; `reset` also starts the editor again from the newest version. */
  onReload: (reset: boolean) => void;
}

const ROWS: Record<JsonPart, number> = { schema: 18, uiSchema: 10, i18n: 8, params: 12 };

/** The editing surface for one form. */
export function FormEditor({ formKey, versions, running, processTypes, onReload }: FormEditorProps) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<EditorState>(() => toEditorState(versions[0]!));
  const [state, setState] = useState<EditorState>(saved);
  const [problems, setProblems] = useState<ErrorDetail[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'save' | 'check' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [view, setView] = useState<'visual' | 'json'>('visual');
  const built = useMemo(() => buildDefinition(state), [state]);
  const places = problemsByPlace(problems);
  const dirty = !sameState(state, saved);
  useLeaveGuard(dirty, t('formAdmin.leaveUnsaved'));
  const change = (next: Partial<EditorState>) => {
    setMessage(null);
    setState((old) => ({ ...old, ...next }));
  };

  const send = async (action: 'save' | 'check') => {
    if (!built.ok || busy) return;
    setBusy(action);
    setError(null);
    setMessage(null);
    try {
      if (action === 'save') {
        const { draft } = await formAdminApi.saveDraft(formKey, built.definition);
        setProblems([]);
        setSaved(state);
        setMessage(t('formAdmin.draftSaved', { version: draft.version }));
        onReload(false);
      } else {
        const answer = await formAdminApi.check({ ...built.definition, key: formKey });
        setProblems(answer.problems);
        setMessage(answer.problems.length ? null : t('formAdmin.checkPassed'));
      }
    } catch (reason) {
      if (reason instanceof ApiError && reason.status === 422 && reason.details.length) setProblems(reason.details);
      setError(reason);
    } finally {
      setBusy(null);
    }
  };

  // A hint in words, then an example as the administrator types it (code, in any language).
  const jsonLabels: Record<JsonPart, [string, string, string?]> = {
    schema: [t('formAdmin.schema'), t('formAdmin.schemaHint'), '"format": "upload-ref"'],
    uiSchema: [t('formAdmin.uiSchema'), t('formAdmin.uiSchemaHint'), '"ui:order", "ui:widget"'],
    i18n: [t('formAdmin.i18n'), t('formAdmin.i18nHint'), '{ "/mobile": "Mobile number", "/mobile/description": "11 digits" }'],
    params: [t('formAdmin.params'), t('formAdmin.paramsHint')],
  };
  return (
    <>
      <section className="card section" aria-labelledby="editor-definition">
        <h2 id="editor-definition">{t('formAdmin.definition')}</h2>
        <DefinitionFields state={state} onChange={change} processTypes={processTypes} problems={places.fields} />
        <div className="editor-views" role="group" aria-label={t('builder.views')}>
          {(['visual', 'json'] as const).map((name) => (
            <button
              key={name}
              type="button"
              className={`button${view === name ? '' : ' button--quiet'}`}
              aria-pressed={view === name}
              onClick={() => setView(name)}
            >
              {t(`builder.view.${name}`)}
            </button>
          ))}
        </div>
        {view === 'visual' && (
          <FormBuilder
            texts={{ schema: state.texts.schema, uiSchema: state.texts.uiSchema, i18n: state.texts.i18n }}
            onTexts={(texts) => change({ texts: { ...state.texts, ...texts } })}
          />
        )}
        {view === 'visual' && <ProblemList problems={[...places.schema, ...places.uiSchema, ...places.i18n]} />}
        {JSON_PARTS.filter((part) => view === 'json' || part === 'params').map((part) => {
          const box = (
            <JsonTextEditor
              key={part}
              label={jsonLabels[part][0]}
              hint={jsonLabels[part][1]}
              example={jsonLabels[part][2]}
              rows={ROWS[part]}
              value={state.texts[part]}
              onChange={(text) => change({ texts: { ...state.texts, [part]: text } })}
              syntaxError={built.ok ? undefined : built.syntax[part]}
              problems={places[part]}
            />
          );
          // The params are edited through a form generated from their schema; the JSON box stays as a tab.
          if (part !== 'params') return box;
          return (
            <ParamsTabs
              key={part}
              processType={state.processType}
              text={state.texts.params}
              onChange={(text) => change({ texts: { ...state.texts, params: text } })}
              json={box}
              problems={places.params}
              formSchema={built.ok ? built.definition.schema : undefined}
              english={built.ok ? (built.definition.i18n?.en ?? {}) : undefined}
            />
          );
        })}
        {error !== null && <ErrorNotice error={error} />}
        <SuccessNotice message={message} />
        <div className="form-admin-toolbar">
          <BusyButton
            type="button"
            busy={busy === 'save'}
            disabled={!built.ok || busy !== null}
            label={t('formAdmin.saveDraft')}
            busyLabel={t('common.saving')}
            onClick={() => void send('save')}
          />
          <BusyButton
            type="button"
            variant="quiet"
            busy={busy === 'check'}
            disabled={!built.ok || busy !== null}
            label={t('formAdmin.check')}
            busyLabel={t('formAdmin.checking')}
            onClick={() => void send('check')}
          />
          <span className="muted" aria-live="polite">
            {!built.ok ? t('formAdmin.fixSyntax') : dirty ? t('formAdmin.unsaved') : t('formAdmin.noUnsaved')}
          </span>
        </div>
      </section>

      {state.processType === 'ladder' && (
        <section className="card section">
          <RulesEditor
            paramsText={state.texts.params}
            schema={built.ok ? built.definition.schema : undefined}
            english={built.ok ? (built.definition.i18n?.en ?? {}) : {}}
            onChange={(params) => change({ texts: { ...state.texts, params } })}
          />
        </section>
      )}

      <section className="card section" aria-labelledby="editor-lifecycle">
        <h2 id="editor-lifecycle">{t('formAdmin.lifecycle')}</h2>
        <LifecycleActions
          formKey={formKey}
          versions={versions}
          running={running}
          dirty={dirty}
          onDone={(text, reset) => {
            setMessage(text);
            onReload(reset);
          }}
        />
      </section>

      <section className="card section" aria-labelledby="editor-preview">
        <h2 id="editor-preview">{t('formAdmin.preview')}</h2>
        <p className="muted">{t('formAdmin.previewIntro')}</p>
        <PreviewFrame>
          {(locale) => <FormPreview formKey={formKey} definition={built.ok ? built.definition : null} locale={locale} />}
        </PreviewFrame>
      </section>

      <section className="card section" aria-labelledby="editor-history">
        <h2 id="editor-history">{t('formAdmin.history')}</h2>
        <VersionHistory versions={versions} running={running} />
      </section>
    </>
  );
}

// The server's problems with the schema, uiSchema or English texts, shown under the builder (the JSON view shows
// each beside its box).
function ProblemList({ problems }: { problems: readonly ErrorDetail[] }) {
  if (!problems.length) return null;
  return (
    <ul className="field__error">
      {problems.map((problem, index) => (
        <li key={`${problem.path}:${index}`}>
          <span className="mono">{problem.path || '/'}</span> {problem.message}
        </li>
      ))}
    </ul>
  );
}
