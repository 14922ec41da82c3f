// The settings page's inspection bodies: each of its two small forms puts its button below its fields. A button that is
// a cell of the fields' grid is stretched to the height of the tallest field beside it (a hint makes a field taller), and
// read as a large blue block among the boxes; below the fields it keeps a button's size, in both languages.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { UserAccount } from '#web/app/src/api/admin-types';
import type { WorkingGroup } from '#web/app/src/api/org-types';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { InspectionBodiesForm } from '#web/app/src/pages/admin/inspection-bodies-form';

const BODY: WorkingGroup = { id: 7, key: 'town', name: { 'zh-CN': '镇（街道）检查组', en: 'Town inspection team' }, kind: 'inspection' };
const MEMBER: UserAccount = {
  id: 3,
  username: 'inspector-town',
  displayName: '镇（街道）检查组·检查员',
  role: 'special_class',
  email: null,
  enterpriseId: null,
  enterpriseName: null,
  workingGroupId: 7,
  projectId: null,
  active: true,
  createdAt: '2026-02-10T08:00:00Z',
  mustChangePassword: false,
  passwordChangeReason: null,
};

/** The markup inside each element of class `form-grid` (a div or a form), up to the tag that closes it. */
function grids(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<(\w+)[^>]*class="form-grid"[^>]*>/g)) {
    const tag = match[1]!;
    const from = match.index + match[0].length;
    let depth = 0;
    let index = from;
    for (;;) {
      const open = html.indexOf(`<${tag}`, index);
      const close = html.indexOf(`</${tag}>`, index);
      if (open >= 0 && open < close) {
        depth += 1;
        index = open + 1;
      } else if (depth > 0) {
        depth -= 1;
        index = close + 1;
      } else {
        found.push(html.slice(from, close));
        break;
      }
    }
  }
  return found;
}

describe('the inspection bodies form', () => {
  beforeAll(() => loadDictionary('en'));

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`keeps its buttons out of the fields' grid (${locale})`, () => {
      const html = renderIn(createElement(InspectionBodiesForm, { units: [BODY], members: [MEMBER], onSaved: () => {} }), locale);
      const fieldGrids = grids(html);
      expect(fieldGrids).toHaveLength(2);
      for (const grid of fieldGrids) expect(grid).not.toContain('<button');
      expect(html.match(/<button/g)).toHaveLength(2);
    });
  }

  // The two forms sat one under the other with nothing between them: 机构名称 read as a field of 加入机构.
  it.each([
    ['zh-CN', ['现有机构及成员', '把账号加入机构', '新增核查机构']],
    ['en', ['Bodies and their members', 'Add an account to a body', 'Add an inspection body']],
  ] as const)('heads the member list and each of its two forms (%s)', (locale, headings) => {
    const html = renderIn(createElement(InspectionBodiesForm, { units: [BODY], members: [MEMBER], onSaved: () => {} }), locale);
    const shown = [...html.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((match) => match[1]);
    expect(shown).toEqual(headings);
    expect(html.match(/<form[^>]*aria-labelledby="inspection-(member|body)-heading"/g)).toHaveLength(2);
  });
});
