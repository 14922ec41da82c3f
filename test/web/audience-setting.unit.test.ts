// The form editor's audience setting keeps "inspection team members may not file it" through an edit, and the version
// diff and the form list say it in words.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { Locale } from '#core/domain/locale';
import { readShippedForms, readShippedHistory } from '#forms/shipped-forms';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { DefinitionFields } from '#web/app/src/pages/form-admin/definition-fields';
import { definitionChanges } from '#web/app/src/pages/form-admin/definition-changes';
import { buildDefinition, toEditorState, type EditorState } from '#web/app/src/pages/form-admin/editor-state';

const article = readShippedForms().find((form) => form.key === 'good-practice-article')!;
const firstArticle = readShippedHistory().find((form) => form.key === 'good-practice-article' && form.version === 1)!;
const otherLines = (locale: 'zh-CN' | 'en') =>
  definitionChanges(firstArticle, article, locale).find((group) => group.group === 'other')?.lines ?? [];

beforeAll(() => loadDictionary('en'));

function fields(locale: Locale, state: EditorState): string {
  const element = createElement(DefinitionFields, { state, onChange: () => undefined, processTypes: ['ladder'], problems: [] });
  return renderIn(element, locale);
}

describe('the audience setting of a form', () => {
  it('keeps the inspectors’ exclusion through the editor, and drops it when the admin unticks it', () => {
    const state = toEditorState(article);
    expect(state.audienceExcludes).toEqual(['inspector']);
    const kept = buildDefinition(state);
    expect(kept.ok && kept.definition.audienceExcludes).toEqual(['inspector']);
    const dropped = buildDefinition({ ...state, audienceExcludes: [] });
    expect(dropped.ok && 'audienceExcludes' in dropped.definition).toBe(false);
  });

  it.each([
    ['zh-CN', '填报对象：包挂干部、企业服务专班、防控指挥部 → 包挂干部、企业服务专班、防控指挥部（不含检查组成员）'],
    [
      'en',
      'Who fills it: Assigned cadre, Enterprise service class, Prevention and control HQ → Assigned cadre, Enterprise service class, Prevention and control HQ (not inspection team members)',
    ],
  ] as const)('says in the %s version diff that inspection team members were left out', (locale, line) => {
    // The article's second version also gained its guidance for authors (guidance-setting.unit.test.ts words that line).
    expect(otherLines(locale).filter((said) => said.startsWith(line.slice(0, 4)))).toEqual([line]);
  });

  it.each([
    ['zh-CN', '企业服务专班中的检查组成员（镇（街道）检查组、复工联合检查组、行业主管部门）不可填写'],
    [
      'en',
      'Not the inspection team members among the service class (town/street inspection team, joint inspection team, industry regulator)',
    ],
  ] as const)('offers the admin a %s tick box for it, ticked, under the service class', (locale, label) => {
    const html = fields(locale, toEditorState(article));
    expect(html).toContain(label);
    expect(html).toMatch(
      new RegExp(`<input[^>]*type="checkbox"[^>]*checked=""[^>]*/><label[^>]*>${label.replace(/[()]/g, '\\$&')}</label>`),
    );
    expect(fields(locale, { ...toEditorState(article), audience: ['cadre', 'hq'] })).not.toContain(label);
  });
});
