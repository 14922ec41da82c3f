// The difficulty category is one field with one name: the task page and the inbox filter said 困难类别 (Difficulty
// category) while the difficulty report and the hotline said 问题类别 (Category). The glossary now names it as the shipped
// forms title it (published definitions are immutable), and every page that labels the field takes that name.
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { textIn } from '../helpers/render-in-locale';
import { FIELD_NAMES } from '#core/domain/glossary';
import { DICTIONARIES } from '#web/app/src/i18n/dictionaries';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { DEFAULT_FILTER } from '#web/app/src/pages/inbox/inbox-filter';
import { InboxFilters } from '#web/app/src/pages/inbox/inbox-filters';
import { TaskFacts } from '#web/app/src/pages/inbox/task-facts';
import { decidableTask } from '../fixtures/decidable-task';

const text = textIn;

interface ShippedDefinition {
  schema: { properties: Record<string, { title?: string; items?: { properties: Record<string, { title?: string }> } }> };
  i18n: { en: Record<string, string> };
}

function shipped(key: string): ShippedDefinition {
  return JSON.parse(readFileSync(`forms/definitions/${key}.json`, 'utf8')) as ShippedDefinition;
}

// Open at the cadre's rung, in the materials category.
const categoryTask = decidableTask({
  category: 'materials',
  status: 'open',
  allowedActions: ['resolve', 'escalate'],
  outcome: null,
  decidedBy: null,
  decidedByName: null,
  closedAt: null,
});

describe('the difficulty category field', () => {
  beforeAll(() => loadDictionary('en'));

  it('is named in the glossary as the shipped difficulty report titles it, in both languages', () => {
    const report = shipped('difficulty-report');
    expect(report.schema.properties.category?.title).toBe(FIELD_NAMES.category['zh-CN']);
    expect(report.i18n.en['/category']).toBe(FIELD_NAMES.category.en);
    const visits = shipped('visit-log');
    expect(visits.schema.properties.problems?.items?.properties.category?.title).toBe(FIELD_NAMES.category['zh-CN']);
    expect(visits.i18n.en['/problems/items/category']).toBe(FIELD_NAMES.category.en);
  });

  it.each([
    ['zh-CN', '困难类别'],
    ['en', 'Difficulty category'],
  ] as const)('is labelled with the glossary name on the task page and in the inbox filter (%s)', (locale, retired) => {
    const name = FIELD_NAMES.category[locale];
    const facts = text(createElement(TaskFacts, { task: categoryTask, categoryName: () => '生产生活物资' }), locale);
    expect(facts).toContain(` ${name} 生产生活物资`);
    const filters = text(
      createElement(InboxFilters, { filter: DEFAULT_FILTER, enterprises: [], categories: [], onApply: () => undefined }),
      locale,
    );
    expect(filters).toContain(name);
    expect(`${facts} ${filters}`).not.toContain(retired);
  });

  it('has no second name left in either dictionary', () => {
    expect(Object.values(DICTIONARIES['zh-CN']).join('\n')).not.toContain('困难类别');
    expect(Object.values(DICTIONARIES.en).join('\n')).not.toMatch(/difficulty category/i);
  });
});
