// The form editor's 填报须知 (what the filler reads in place of the description) survives an edit, is dropped when both
// boxes are emptied, and the version diff names it when it changes.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { Locale } from '#core/domain/locale';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms, readShippedHistory } from '#forms/shipped-forms';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { DefinitionFields } from '#web/app/src/pages/form-admin/definition-fields';
import { definitionChanges } from '#web/app/src/pages/form-admin/definition-changes';
import { buildDefinition, toEditorState, type EditorState } from '#web/app/src/pages/form-admin/editor-state';

const liaison = readShippedForms().find((form) => form.key === 'liaison-designation')!;
const before = readShippedHistory().find((form) => form.key === 'liaison-designation' && form.version === liaison.version - 1)!;
const otherLines = (locale: Locale) => definitionChanges(before, liaison, locale).find((group) => group.group === 'other')?.lines ?? [];

beforeAll(() => loadDictionary('en'));

function fields(locale: Locale, state: EditorState): string {
  const element = createElement(DefinitionFields, { state, onChange: () => undefined, processTypes: ['collection'], problems: [] });
  return renderIn(element, locale);
}

describe('the guidance setting of a form', () => {
  it('keeps the guidance through the editor, takes an edit, and drops it when both boxes are emptied', () => {
    const state = toEditorState(liaison);
    expect(state.guidance).toEqual(liaison.guidance);
    const kept = buildDefinition(state);
    expect(kept.ok && kept.definition.guidance).toEqual(liaison.guidance);
    const edited = buildDefinition({ ...state, guidance: { 'zh-CN': '请在周五前指定。', en: 'By Friday, please.' } });
    expect(edited.ok && edited.definition.guidance).toEqual({ 'zh-CN': '请在周五前指定。', en: 'By Friday, please.' });
    const dropped = buildDefinition({ ...state, guidance: { 'zh-CN': '', en: ' ' } });
    expect(dropped.ok && 'guidance' in dropped.definition).toBe(false);
    expect(toEditorState(before).guidance).toEqual({ 'zh-CN': '', en: '' });
  });

  it('refuses guidance in one language only', () => {
    const half = { ...liaison, guidance: { 'zh-CN': '请在周五前指定。', en: '' } };
    expect(checkDefinition(half).map((problem) => problem.path)).toEqual(['/guidance/en']);
    expect(checkDefinition(liaison)).toEqual([]);
  });

  it.each([
    ['zh-CN', '填报须知（中文）', '请指定本企业的一名复工复产工作联络员'],
    ['en', 'Note for those filling it in (English)', 'Name one liaison for your enterprise'],
  ] as const)('offers the admin %s boxes holding the guidance', (locale, label, text) => {
    const html = fields(locale, toEditorState(liaison));
    expect(html).toContain(label);
    expect(html).toContain(text);
  });

  it.each([
    ['zh-CN', '填报须知：（空） → 「请指定本企业的一名复工复产工作联络员'],
    ['en', 'Note for those filling it in: (empty) → "Name one liaison for your enterprise'],
  ] as const)('names the guidance in the %s version diff', (locale, start) => {
    expect(otherLines(locale).filter((line) => line.startsWith(start))).toHaveLength(1);
  });
});
