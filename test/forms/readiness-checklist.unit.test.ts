// Seed 003's requirements for resuming work, as the shipped resumption-readiness form (v3) asks for them: the "four in
// place" (四个到位) and the "eight ones" (八个一), each an item the enterprise's self-check must report as in place
// before the three-level inspection starts; a missing item, or one not yet in place, is refused at its field.
import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { localizeSchema } from '#forms/form-definition';
import { readShippedForms } from '#forms/shipped-forms';
import { validateFormData } from '#forms/form-validator';

const READINESS = readShippedForms().find((form) => form.key === 'resumption-readiness')!;
const schema = READINESS.schema as RJSFSchema;
const group = (key: string) => (schema.properties![key] as RJSFSchema).properties as Record<string, RJSFSchema>;

/** Seed 003, "企业复工工作要求", item by item. */
const FOUR_IN_PLACE = { mechanism: '防控机制', screening: '人员排查', facilities: '设施物资', management: '内部管理' };
const EIGHT_ONES = {
  healthReport: '健康',
  temperature: '体温',
  mask: '口罩',
  isolationRoom: '隔离',
  hotline: '致电',
  patrioticHealth: '爱国卫生运动',
  healthEducation: '健康教育',
  humaneCare: '人文关怀',
};

const allInPlace = (items: Record<string, string>) => Object.fromEntries(Object.keys(items).map((key) => [key, { done: true }]));
const complete = () => ({
  projectsStarted: 1,
  projectsReady: 1,
  projectsDelayed: 0,
  fourInPlace: allInPlace(FOUR_IN_PLACE),
  eightOnes: allInPlace(EIGHT_ONES),
  commitment: true,
});

describe('resumption readiness checklist (seed 003: 四个到位, 八个一)', () => {
  it('asks for each of the four in place and the eight ones, by the seed’s names', () => {
    expect(READINESS.version).toBeGreaterThanOrEqual(3);
    expect(Object.keys(group('fourInPlace'))).toEqual(Object.keys(FOUR_IN_PLACE));
    expect(Object.keys(group('eightOnes'))).toEqual(Object.keys(EIGHT_ONES));
    for (const [key, words] of Object.entries({ ...FOUR_IN_PLACE, ...EIGHT_ONES })) {
      const item = group(key in FOUR_IN_PLACE ? 'fourInPlace' : 'eightOnes')[key]!;
      expect(item.title).toContain(words);
    }
    expect((schema.properties!.fourInPlace as RJSFSchema).required).toEqual(Object.keys(FOUR_IN_PLACE));
    expect((schema.properties!.eightOnes as RJSFSchema).required).toEqual(Object.keys(EIGHT_ONES));
  });

  it('accepts a self-check with every item in place', () => {
    expect(validateFormData(schema, complete(), 'zh-CN')).toEqual([]);
  });

  it('refuses a self-check that leaves out one item, at that item', () => {
    const data = complete();
    delete (data.eightOnes as Record<string, unknown>).isolationRoom;
    const errors = validateFormData(schema, data, 'zh-CN');
    expect(errors).toEqual([{ path: '/eightOnes/isolationRoom', message: expect.stringContaining('一设隔离留观室') }]);
  });

  it.each([
    ['zh-CN', '须落实到位后方可申请核查'],
    ['en', 'Must be in place before you ask for inspection'],
  ] as const)('refuses an item not yet in place, in %s', (locale, message) => {
    const data = complete();
    (data.fourInPlace as Record<string, { done: boolean }>).screening = { done: false };
    const localized = locale === 'en' ? localizeSchema(schema, READINESS.i18n?.en) : schema;
    expect(validateFormData(localized, data, locale)).toEqual([{ path: '/fourInPlace/screening/done', message }]);
  });
});
