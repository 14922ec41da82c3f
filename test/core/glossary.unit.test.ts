// The glossary gives every domain term one name per language, the enterprise types worded as the notice words them,
// and the app's dictionaries show exactly those names.
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_TYPE_NAMES, GLOSSARY, glossaryMessages, ROLE_NAMES } from '#core/domain/glossary';
import { ENTERPRISE_TYPES, PROJECT_STATUSES, ROLES } from '#core/org/org-types';
import { DICTIONARIES } from '#web/app/src/i18n/dictionaries';

// Notice J.J.F. [2121] No.11 (seed 000): its addressees and §II.4, the only places it names enterprise types.
const NOTICE_ADDRESSEES = 'All construction, construction and supervision enterprises and relevant units';
const NOTICE_FOCUS = 'focus on serving municipal government investment platforms, municipal first-class general contracting enterprises';
const HAN = /\p{Script=Han}/u;

describe('glossary', () => {
  it('names every term in Chinese and in English, each group without two terms of the same name', () => {
    for (const [group, terms] of Object.entries(GLOSSARY)) {
      const names = Object.values(terms as Record<string, { 'zh-CN': string; en: string }>);
      for (const name of names) {
        expect(name['zh-CN'], group).toMatch(HAN);
        expect(name.en, group).toMatch(/^[A-Z][A-Za-z ,'-]+$/);
      }
      expect(new Set(names.map((n) => n['zh-CN'])).size, group).toBe(names.length);
      expect(new Set(names.map((n) => n.en)).size, group).toBe(names.length);
    }
  });

  it('covers every role, enterprise type and project status the system knows', () => {
    expect(Object.keys(ROLE_NAMES).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(ENTERPRISE_TYPE_NAMES).sort()).toEqual([...ENTERPRISE_TYPES].sort());
    expect(Object.keys(GLOSSARY.projectStatus).sort()).toEqual([...PROJECT_STATUSES].sort());
  });

  it('words the enterprise types as the notice does', () => {
    expect(ENTERPRISE_TYPE_NAMES.investment_platform).toEqual({ 'zh-CN': '政府投资平台', en: 'Government investment platform' });
    expect(ENTERPRISE_TYPE_NAMES.general_contractor).toEqual({ 'zh-CN': '工程总承包企业', en: 'General contracting enterprise' });
    expect(ENTERPRISE_TYPE_NAMES.construction['zh-CN']).toBe('施工企业');
    expect(ENTERPRISE_TYPE_NAMES.supervision['zh-CN']).toBe('监理企业');
    const notice = `${NOTICE_ADDRESSEES} ${NOTICE_FOCUS}`.toLowerCase();
    for (const name of Object.values(ENTERPRISE_TYPE_NAMES)) {
      // "Construction enterprise" → "construction" and "enterprise" both in the notice; platforms in the plural there.
      for (const word of name.en.toLowerCase().split(' ')) expect(notice, name.en).toContain(word);
    }
    expect(notice).toContain('government investment platform');
    expect(notice).toContain('general contracting enterprise');
  });

  it('is what the app dictionaries show, and no page keeps a retired name', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(DICTIONARIES[locale]).toMatchObject(glossaryMessages(locale));
    }
    const zh = Object.values(DICTIONARIES['zh-CN']).join('\n');
    expect(zh).not.toContain('投融资平台');
    expect(zh).not.toMatch(/(?<!工程)总承包企业/);
    const en = Object.values(DICTIONARIES.en).join('\n');
    expect(en).not.toMatch(/Investment and financing platform|General contractor\b/);
  });
});
