// 走访记录 on a phone: the list is the app's responsive table, so each visit stacks into a card whose cells are labelled
// (现场解决, 带回协调 stay on screen); a period that ends before it starts is said at the date field, not as "no visits".
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import { ApiError } from '#web/app/src/api/api-error';
import type { Page } from '#web/app/src/api/paging';
import type { Visit } from '#web/app/src/api/visit-api';
import type { ApiData } from '#web/app/src/hooks/use-api-data';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { periodErrors, VisitList } from '#web/app/src/pages/visits/visit-list';

type Answer = { visits: Visit[]; page: Page };

const VISIT = Object.freeze({
  id: 7,
  enterpriseId: 3,
  enterpriseName: '闽江建工',
  cadreId: 2,
  cadreName: '李干部',
  visitedOn: '2026-02-10',
  opinionsCount: 2,
  solvedCount: 1,
  coordinateCount: 4,
  formVersion: 1,
  createdAt: '2026-02-10T02:00:00.000Z',
  offline: null,
  fields: [],
}) as unknown as Visit;

const loaded = (answer: Partial<ApiData<Answer>>): ApiData<Answer> => ({
  data: undefined,
  error: null,
  loading: false,
  reload: () => undefined,
  ...answer,
});

function rendered(visits: ApiData<Answer>, filter = { from: '', to: '' }, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const list = createElement(VisitList, { visits, filter, onFilter: () => undefined, onOffset: () => undefined, showCadre: true });
  return renderIn(list, locale);
}

const fieldErrors = (html: string) => [...html.matchAll(/class="field__error">([^<]*)</g)].map((match) => match[1]);

describe('the visit list', () => {
  beforeAll(() => loadDictionary('en'));

  it('stacks into labelled cards on a narrow screen, every column named in its cell', () => {
    const html = rendered(loaded({ data: { visits: [VISIT], page: { total: 1, limit: 50, offset: 0 } as Page } }));
    expect(html).toContain('table--stack');
    for (const [label, value] of [
      ['走访日期', '2026年2月10日'],
      ['企业', '闽江建工'],
      ['包挂干部', '李干部'],
      ['现场解决', '1'],
      ['带回协调', '4'],
    ])
      // The cell's content sits in one box (a phone's card lays it beside the label as one piece).
      expect(html).toMatch(new RegExp(`<td data-label="${label}"[^>]*><div class="data-table__cell">(<a [^>]*>)?${value}<`));
  });

  it('says a reversed period at the start date as soon as it is entered', () => {
    const html = rendered(loaded({ data: { visits: [], page: { total: 0, limit: 50, offset: 0 } as Page } }), {
      from: '2026-03-01',
      to: '2026-02-01',
    });
    expect(fieldErrors(html)).toEqual(['开始日期不能晚于结束日期']);
  });

  it('shows the refusal of a reversed period at the field the API names, not as an empty list', () => {
    const refusal = new ApiError(422, 'invalid_range', 'The start date must not be after the end date', [
      { path: '?from', message: 'The start date must not be after the end date' },
    ]);
    const html = rendered(loaded({ error: refusal }), { from: '', to: '' }, 'en');
    expect(fieldErrors(html)).toEqual(['The start date must not be after the end date']);
    expect(html).not.toContain('No visits recorded yet.');
    expect(html).not.toContain('role="alert"');
  });

  it.each([
    [new ApiError(422, 'invalid_range', 'x', [{ path: '?to', message: 'too late' }]), { from: undefined, to: 'too late' }],
    [new ApiError(422, 'invalid', 'x', [{ path: '/visitedOn', message: 'future' }]), null],
    [new ApiError(500, 'oops', 'x', [{ path: '?from', message: 'x' }]), null],
    [new Error('offline'), null],
  ])('reads the date fields out of a refusal (%#)', (error, expected) => {
    expect(periodErrors(error)).toEqual(expected);
  });
});
