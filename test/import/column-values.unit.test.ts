import { describe, expect, it } from 'vitest';
import { ENTERPRISE_TYPE_NAMES, PROJECT_STATUS_NAMES } from '#core/domain/glossary';
import type { LocalizedText } from '#core/domain/locale';
import { choiceKey, yesNo } from '#web/server/import/column-values';

describe('an enumerated import column', () => {
  // cell, names, stored key
  const ACCEPTED = [
    ['施工企业', ENTERPRISE_TYPE_NAMES, 'construction'],
    [' 监理企业 ', ENTERPRISE_TYPE_NAMES, 'supervision'],
    ['\u3000工程总承包企业\u3000', ENTERPRISE_TYPE_NAMES, 'general_contractor'],
    ['政府投资平台', ENTERPRISE_TYPE_NAMES, 'investment_platform'],
    ['construction', ENTERPRISE_TYPE_NAMES, 'construction'],
    ['Construction', ENTERPRISE_TYPE_NAMES, 'construction'],
    ['ＣＯＮＳＴＲＵＣＴＩＯＮ', ENTERPRISE_TYPE_NAMES, 'construction'],
    ['general_contractor', ENTERPRISE_TYPE_NAMES, 'general_contractor'],
    ['General-Contractor', ENTERPRISE_TYPE_NAMES, 'general_contractor'],
    ['Construction enterprise', ENTERPRISE_TYPE_NAMES, 'construction'],
    ['SUPERVISION  ENTERPRISE', ENTERPRISE_TYPE_NAMES, 'supervision'],
    ['government investment platform', ENTERPRISE_TYPE_NAMES, 'investment_platform'],
    ['已开工', PROJECT_STATUS_NAMES, 'started'],
    ['具备开工条件', PROJECT_STATUS_NAMES, 'ready'],
    ['Ready to start', PROJECT_STATUS_NAMES, 'ready'],
    ['DELAYED', PROJECT_STATUS_NAMES, 'delayed'],
  ] as const;

  it.each(ACCEPTED)('reads %j as its stored key', (cell, names, key) => {
    expect(choiceKey(cell, names as Readonly<Record<string, LocalizedText>>)).toBe(key);
  });

  it.each([['bakery'], ['施工'], [''], ['已开工 '.repeat(2)], ['started,ready']])('names no value with %j', (cell) => {
    expect(choiceKey(cell, { ...ENTERPRISE_TYPE_NAMES, ...PROJECT_STATUS_NAMES })).toBeUndefined();
  });
});

describe('a yes/no import column', () => {
  it.each([['是'], ['Y'], ['y'], ['yes'], ['YES'], ['true'], ['True'], ['1'], ['\u3000是\u3000'], ['Ｙ'], ['１']])(
    'reads %j as yes',
    (cell) => {
      expect(yesNo(cell)).toBe(true);
    },
  );

  it.each([['否'], ['N'], ['n'], ['no'], ['false'], ['FALSE'], ['0'], [''], ['\u3000'], [undefined]])('reads %j as no', (cell) => {
    expect(yesNo(cell)).toBe(false);
  });

  it('leaves any other text as given, for the schema to refuse', () => {
    expect(yesNo(' maybe ')).toBe('maybe');
    expect(yesNo('不确定')).toBe('不确定');
  });
});
