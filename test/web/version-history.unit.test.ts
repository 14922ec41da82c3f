// The form's history says which version is in use: the newest published one is 当前版本, each older published one
// was superseded by the version published after it (with the cases still running on it); the diff speaks in words.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { Locale } from '#core/domain/locale';
import { readShippedForms } from '#forms/shipped-forms';
import type { StoredDefinition } from '#web/app/src/api/form-admin-api';
import { VersionDiff } from '#web/app/src/pages/form-admin/version-diff';
import { VersionHistory } from '#web/app/src/pages/form-admin/version-history';
import { standingWords, versionStandings, type VersionState } from '#web/app/src/pages/form-admin/version-status';

const SHIPPED = readShippedForms().find((form) => form.key === 'difficulty-report')!;

function stored(version: number, status: StoredDefinition['status']): StoredDefinition {
  return { ...structuredClone(SHIPPED), version, status, source: 'admin', author: 'admin', createdAt: '2026-02-10T08:00:00Z' };
}

function render(locale: Locale, element: ReactElement): string {
  // The diff reads the template list (names for template keys) through the app's query cache; nothing is fetched here.
  const client = new QueryClient();
  return renderIn(createElement(QueryClientProvider, { client }, element), locale);
}

const v = (version: number, status: VersionState['status']): VersionState => ({ version, status });

describe('the standing of each version', () => {
  it.each<[string, VersionState[], string[]]>([
    ['two published', [v(2, 'published'), v(1, 'published')], ['当前版本', '已被第 2 版取代，仍有 3 件在办']],
    [
      'a draft above three published',
      [v(4, 'draft'), v(3, 'published'), v(2, 'published'), v(1, 'published')],
      ['-', '当前版本', '已被第 3 版取代', '已被第 2 版取代，仍有 3 件在办'],
    ],
    // Retiring a form retires every published version; publishing again makes the new one current.
    ['a retired form', [v(2, 'retired'), v(1, 'retired')], ['-', '-']],
    ['a form published again after retiring', [v(3, 'published'), v(2, 'retired'), v(1, 'retired')], ['当前版本', '-', '-']],
  ])('labels %s', (_what, versions, expected) => {
    const running: Record<number, number> = { 1: 3 };
    const words = versionStandings(versions).map((s, i) => standingWords(s, running[versions[i]!.version] ?? 0, 'zh-CN') ?? '-');
    expect(words).toEqual(expected);
  });

  it('says the same in English', () => {
    const [current, old] = versionStandings([v(2, 'published'), v(1, 'published')]);
    expect([standingWords(current!, 0, 'en'), standingWords(old!, 2, 'en')]).toEqual([
      'Current',
      'Superseded by version 2; 2 still running',
    ]);
  });
});

describe('the history table', () => {
  it('marks the newest published version current and the older one superseded', () => {
    const html = render(
      'zh-CN',
      createElement(VersionHistory, { versions: [stored(2, 'published'), stored(1, 'published')], running: { 1: 4 } }),
    );
    expect(html).toContain('当前版本');
    expect(html).toContain('已被第 2 版取代，仍有 4 件在办');
    expect(html).not.toContain('已发布');
  });
});

describe('the version diff', () => {
  const after = stored(2, 'published');
  (after.process.params as { stages: { sla: string }[] }).stages[0]!.sla = '2 working days';

  it.each([
    ['zh-CN', '办理流程', '第 1 级「包挂干部办理」 › 办理时限 当天结束前（当地 24:00） → 2 个工作日', '显示 JSON 差异'],
    ['en', 'Process', 'Rung 1 &quot;Assigned cadre&quot; › Time limit end of day (local 24:00) → 2 working days', 'Show JSON diff'],
  ] as const)('shows the changes in words in %s, the JSON behind a toggle', (locale, group, line, toggle) => {
    const html = render(locale, createElement(VersionDiff, { before: stored(1, 'published'), after }));
    expect(html).toContain(`<h4>${group}</h4>`);
    expect(html).toContain(line);
    expect(html).toContain(toggle);
    expect(html).not.toContain('&quot;sla&quot;');
  });
});
