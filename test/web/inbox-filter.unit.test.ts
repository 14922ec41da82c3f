import { describe, expect, it } from 'vitest';
import { adoptServerTimeZone } from '#web/app/src/format/server-time-zone';
import {
  DEFAULT_FILTER,
  defaultBox,
  endOfLocalDay,
  filterFromParams,
  filterToApiQuery,
  filterToParams,
  isNarrowed,
  paramsToQueryString,
  queryStringToParams,
  type InboxFilter,
} from '#web/app/src/pages/inbox/inbox-filter';

const full: InboxFilter = {
  box: 'groups',
  enterpriseId: '12',
  category: 'funds',
  status: 'claimed',
  overdue: true,
  focus: true,
  dueBefore: '2026-11-25',
  q: '水泥',
  sort: 'priority',
};

describe('inbox filter ⇄ query parameters', () => {
  it('keeps only the tab for the default filter', () => {
    expect(filterToParams(DEFAULT_FILTER)).toEqual({ box: 'mine' });
  });

  it('writes every narrowing field and reads it back unchanged', () => {
    const params = filterToParams(full);
    expect(params).toEqual({
      box: 'groups',
      enterpriseId: '12',
      category: 'funds',
      status: 'claimed',
      overdue: '1',
      focus: '1',
      dueBefore: '2026-11-25',
      q: '水泥',
      sort: 'priority',
    });
    expect(filterFromParams(params)).toEqual(full);
    expect(filterFromParams(queryStringToParams(paramsToQueryString(params)))).toEqual(full);
  });

  it('survives a query string with a leading question mark and encoded Chinese text', () => {
    expect(filterFromParams(queryStringToParams('?box=done&q=%E6%B0%B4%E6%B3%A5'))).toEqual({ ...DEFAULT_FILTER, box: 'done', q: '水泥' });
  });

  it('drops blank free text', () => {
    expect(filterToParams({ ...DEFAULT_FILTER, q: '   ' })).toEqual({ box: 'mine' });
  });

  it.each([
    ['an unknown tab', { box: 'all' }, { box: 'mine' }],
    ['an enterprise id that is not a positive integer', { enterpriseId: '0' }, { enterpriseId: '' }],
    ['an enterprise id with letters', { enterpriseId: '3x' }, { enterpriseId: '' }],
    ['an unknown status', { status: 'lost' }, { status: '' }],
    ['overdue other than 1', { overdue: 'yes' }, { overdue: false }],
    ['a date that does not exist', { dueBefore: '2026-02-30' }, { dueBefore: '' }],
    ['a time instead of a date', { dueBefore: '2026-11-25T10:00' }, { dueBefore: '' }],
    ['an unknown sort', { sort: 'title' }, { sort: 'due' }],
  ])('falls back to the default for %s', (_name, params, expected) => {
    expect(filterFromParams(params as Record<string, string>)).toEqual({ ...DEFAULT_FILTER, ...expected });
  });
});

describe('the tab an inbox opens on', () => {
  it.each([
    ['special_class', 'groups'],
    ['hq', 'groups'],
    ['cadre', 'mine'],
    ['admin', 'mine'],
    ['enterprise', 'mine'],
    ['gate', 'mine'],
  ] as const)('opens a %s user’s inbox on %s, where their work arrives', (role, box) => {
    expect(defaultBox(role)).toBe(box);
  });

  it('falls back to that tab only when no tab was chosen', () => {
    expect(filterFromParams({}, 'groups')).toEqual({ ...DEFAULT_FILTER, box: 'groups' });
    expect(filterFromParams({ box: 'lost', q: '钢筋' }, 'groups')).toEqual({ ...DEFAULT_FILTER, box: 'groups', q: '钢筋' });
    expect(filterFromParams({ box: 'mine' }, 'groups')).toEqual(DEFAULT_FILTER);
  });
});

describe('inbox filter → API query', () => {
  it('turns the due date into the end of that day in the server’s zone', () => {
    adoptServerTimeZone('Asia/Shanghai');
    expect(endOfLocalDay('2026-11-25')).toBe('2026-11-25T16:00:00.000Z');
    expect(queryStringToParams(filterToApiQuery({ ...DEFAULT_FILTER, dueBefore: '2026-11-25' }))).toEqual({
      box: 'mine',
      dueBefore: '2026-11-25T16:00:00.000Z',
    });
  });

  it('passes the other fields as the server names them', () => {
    expect(queryStringToParams(filterToApiQuery(full))).toMatchObject({
      box: 'groups',
      enterpriseId: '12',
      category: 'funds',
      status: 'claimed',
      overdue: '1',
      focus: '1',
      q: '水泥',
      sort: 'priority',
    });
  });
});

describe('isNarrowed', () => {
  it.each([
    [DEFAULT_FILTER, false],
    [{ ...DEFAULT_FILTER, box: 'done' as const }, false],
    [{ ...DEFAULT_FILTER, sort: 'priority' as const }, false],
    [{ ...DEFAULT_FILTER, overdue: true }, true],
    [{ ...DEFAULT_FILTER, q: '钢筋' }, true],
  ])('%o → %s', (filter, expected) => {
    expect(isNarrowed(filter)).toBe(expected);
  });
});
