// The parameter editor's pickers that replaced typed ids and keys: which parameters get them, what a stored value
// reads as (offered, switched off, or unknown and kept until removed), how a filter narrows a long list, what a tick
// writes back (ids and keys in the params' own shape), and reading every page of a paged list.
import { describe, expect, it } from 'vitest';
import { PROCESS_TYPES } from '#forms/process-types';
import { titledParamsSchema } from '#forms/process-type-texts';
import { paramsUiSchema } from '#web/app/src/pages/form-admin/params/params-ui-schema';
import { matchingChoices, pickedValues, toggledValues, valueAt } from '#web/app/src/pages/form-admin/params/pick-choices';
import { enterpriseChoices, loadAllPages, personChoices, robotChoices } from '#web/app/src/pages/form-admin/params/pick-lists';

const uiOf = (type: string) =>
  paramsUiSchema(titledParamsSchema(PROCESS_TYPES[type]!.paramsSchema, 'zh-CN'), 'zh-CN') as Record<string, any>;
const picker = (field: string) => ({ 'ui:field': field, 'ui:label': false });

describe('parameter editor pickers', () => {
  it('picks an overdue alert’s people, a listed target’s enterprises and every robots list by name', () => {
    const ladder = uiOf('ladder');
    expect(ladder.overdue.alert.userIds).toEqual(picker('people'));
    expect(ladder.stages.items.overdue.alert.userIds).toEqual(picker('people'));
    expect(ladder.stages.items.robots).toEqual(picker('robots'));
    const collection = uiOf('collection');
    expect(collection.target.enterpriseIds).toEqual(picker('enterprises'));
    expect(collection.bulletin.robots).toEqual(picker('robots'));
    const monitoring = uiOf('monitoring');
    expect(monitoring.quarantineAlerts.started.robots).toEqual(picker('robots'));
    expect(monitoring.quarantineAlerts.missed.robots).toEqual(picker('robots'));
  });

  it('names stored values from the list, marks a switched-off one, and keeps an unknown one as its raw value', () => {
    const offered = [{ value: 7, label: '指挥部值班员', detail: '防控指挥部' }];
    const retired = [{ value: 9, label: '已离职的值班员' }];
    expect(pickedValues([9, 7, 404], offered, retired)).toEqual([
      { value: 9, label: '已离职的值班员', state: 'off' },
      { value: 7, label: '指挥部值班员', detail: '防控指挥部', state: 'offered' },
      { value: 404, label: '404', state: 'unknown' },
    ]);
  });

  it.each([
    ['', 3, 0],
    ['  建工 ', 2, 0],
    ['施工企业', 2, 0],
    ['zzz', 0, 0],
  ])('filters the enterprises by “%s” in their name or type', (query, shown, more) => {
    const choices = enterpriseChoices(
      [
        { id: 1, name: '济南建工集团', type: 'construction' },
        { id: 2, name: '山东建工总承包', type: 'general_contractor' },
        { id: 3, name: '历城混凝土', type: 'construction' },
      ],
      'zh-CN',
    );
    const result = matchingChoices(choices, query, 10);
    expect([result.shown.length, result.more]).toEqual([shown, more]);
  });

  it('lists at most the limit and counts the rest', () => {
    const many = Array.from({ length: 250 }, (_, index) => ({ value: index + 1, label: `企业 ${index + 1}` }));
    const result = matchingChoices(many, '', 100);
    expect(result.shown).toHaveLength(100);
    expect(result.more).toBe(150);
  });

  it('writes back the ids and keys themselves, in the order ticked, and nothing once the last is removed', () => {
    expect(toggledValues([3, 5], 8, true)).toEqual([3, 5, 8]);
    expect(toggledValues([3, 5], 3, false)).toEqual([5]);
    expect(toggledValues([3], 3, true)).toEqual([3]);
    expect(toggledValues(['hq-wecom'], 'hq-wecom', false)).toBeUndefined();
  });

  it('words a person with their role and their enterprise or unit, and offers only active accounts', () => {
    const people = {
      users: [
        { id: 1, displayName: '指挥部值班员', role: 'hq', active: true, enterpriseName: null, workingGroupId: null },
        { id: 2, displayName: '专班·原材料供应组', role: 'special_class', active: true, enterpriseName: null, workingGroupId: 11 },
        { id: 3, displayName: '停用的联络员', role: 'enterprise', active: false, enterpriseName: '济南建工集团', workingGroupId: null },
      ],
      units: [{ id: 11, name: { 'zh-CN': '原材料供应组', en: 'Raw material supply group' } }],
    } as const;
    const zh = personChoices(people, 'zh-CN');
    expect(zh.offered).toEqual([
      { value: 1, label: '指挥部值班员', role: 'hq', detail: '防控指挥部' },
      { value: 2, label: '专班·原材料供应组', role: 'special_class', detail: '企业服务专班', owner: '原材料供应组' },
    ]);
    expect(zh.retired).toEqual([{ value: 3, label: '停用的联络员', role: 'enterprise', detail: '企业联络员', owner: '济南建工集团' }]);
    expect(personChoices(people, 'en').offered[1]).toMatchObject({
      detail: 'Enterprise service class',
      owner: 'Raw material supply group',
    });
  });

  it('offers the switched-on robots by name and channel, and keeps the others to name stored keys', () => {
    const lists = robotChoices(
      [
        { key: 'hq-wecom', name: '指挥部群', channel: 'wecom-robot', active: true },
        { key: 'old-ding', name: '旧钉钉群', channel: 'dingtalk-robot', active: false },
      ],
      (channel) => (channel === 'wecom-robot' ? '企业微信' : '钉钉'),
    );
    expect(lists.offered).toEqual([{ value: 'hq-wecom', label: '指挥部群', detail: '企业微信' }]);
    expect(lists.retired.map((robot) => robot.value)).toEqual(['old-ding']);
  });

  it('reads every page of a list longer than one page', async () => {
    const all = Array.from({ length: 1203 }, (_, index) => index + 1);
    const asked: number[] = [];
    const rows = await loadAllPages(async ({ limit, offset }) => {
      asked.push(offset);
      return { rows: all.slice(offset, offset + limit), page: { limit, offset, total: all.length } };
    }, 500);
    expect(rows).toEqual(all);
    expect(asked).toEqual([0, 500, 1000]);
  });

  it('finds a sibling’s value in the params by path', () => {
    const params = { stages: [{ overdue: { alert: { role: 'hq', userIds: [1] } } }] };
    expect(valueAt(params, ['stages', 0, 'overdue', 'alert', 'role'])).toBe('hq');
    expect(valueAt(params, ['overdue', 'alert', 'role'])).toBeUndefined();
  });
});
