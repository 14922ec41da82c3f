// The state of one template being edited: the draft, the saved baseline, the last preview, and the save, revert and
// preview requests with their field problems.
import { useState } from 'react';
import { emailTemplateApi, type TemplateDetail, type TemplateTexts } from '../../api/email-template-api';
import { partProblems, type PartProblems } from './part-problems';

type Busy = 'preview' | 'save' | 'revert' | null;
/** What the last successful action was, for the status line. */
export type EditorOutcome = 'saved' | 'reverted' | null;

/** Everything the editor shows and can do. */
export interface TemplateEditor {
  detail: TemplateDetail;
  draft: TemplateTexts;
  setPart: (part: keyof TemplateTexts, value: string) => void;
  /** Replaced sample values: texts, and yes or no for the yes/no variables. */
  overrides: Record<string, string | boolean>;
  setOverride: (name: string, value: string | boolean | undefined) => void;
  dirty: boolean;
  busy: Busy;
  problems: PartProblems;
  error: unknown;
  outcome: EditorOutcome;
  preview: TemplateTexts | null;
  /** True when the draft or sample values changed since the preview was rendered. */
  previewStale: boolean;
  runPreview: () => Promise<void>;
  save: () => Promise<void>;
  revert: () => Promise<boolean>;
  /** Shows a refusal from elsewhere (a test send of the saved text) at the parts it names. */
  showProblems: (error: unknown) => void;
}

const textsOf = (detail: TemplateDetail): TemplateTexts => {
  const { subject, html, text } = detail.edited ?? detail.shipped;
  return { subject, html, text };
};

/** Holds one template's editing state, starting from what is saved (the edited copy, else the shipped text). */
export function useTemplateEditor(initial: TemplateDetail, onChanged: () => void): TemplateEditor {
  const [detail, setDetail] = useState(initial);
  const [draft, setDraft] = useState(() => textsOf(initial));
  const [overrides, setOverrides] = useState<Record<string, string | boolean>>({});
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<EditorOutcome>(null);
  const [preview, setPreview] = useState<TemplateTexts | null>(null);
  const [previewedInput, setPreviewedInput] = useState('');
  const input = JSON.stringify([draft, overrides]);
  const baseline = textsOf(detail);
  const dirty = draft.subject !== baseline.subject || draft.html !== baseline.html || draft.text !== baseline.text;

  async function run<T>(kind: Exclude<Busy, null>, request: () => Promise<T>): Promise<T | undefined> {
    setBusy(kind);
    setError(null);
    setOutcome(null);
    try {
      return await request();
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  return {
    detail,
    draft,
    setPart: (part, value) => setDraft((current) => ({ ...current, [part]: value })),
    overrides,
    setOverride: (name, value) => setOverrides(({ [name]: _old, ...rest }) => (value === undefined ? rest : { ...rest, [name]: value })),
    dirty,
    busy,
    problems: partProblems(error),
    error,
    outcome,
    preview,
    previewStale: preview !== null && previewedInput !== input,
    async runPreview() {
      const answer = await run('preview', () => emailTemplateApi.preview(detail.name, detail.locale, draft, overrides));
      if (!answer) return;
      setPreview(answer.rendered);
      setPreviewedInput(input);
    },
    async save() {
      const answer = await run('save', () => emailTemplateApi.save(detail.name, detail.locale, draft));
      if (!answer) return;
      setDetail(answer.template);
      setOutcome('saved');
      onChanged();
    },
    async revert() {
      const answer = await run('revert', () => emailTemplateApi.revert(detail.name, detail.locale));
      if (!answer) return false;
      setDetail(answer.template);
      setDraft(textsOf(answer.template));
      setPreview(null);
      setOutcome('reverted');
      onChanged();
      return true;
    },
    showProblems(refusal) {
      setOutcome(null);
      setError(refusal);
    },
  };
}
