// How the build splits what a gate officer and an enterprise download, read from its manifest
// (web/app/dist/.vite/manifest.json): the entry plus the chunks their pages import, never ECharts, the dashboard, the
// admin or form-editor pages or the English dictionary. What each role downloads in all, lazy chunks included, is
// measured in chromium against the JS budget by test/browser/role-js-budget.test.ts. Needs `npm run build:web` (pretest).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../web/app/dist/', import.meta.url));

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const manifest = JSON.parse(readFileSync(`${DIST}.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>;
const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;

/** The files the browser loads for the entry and `pages`: each one's static imports, recursively. */
function filesLoadedFor(pages: string[]): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [entryKey, ...pages]) visit(key);
  return [...files];
}

const fileOf = (key: string) => manifest[key]!.file;

const ROLES = [
  ['a gate officer', ['src/pages/gate/gate-check-page.tsx']],
  ['an enterprise', ['src/pages/home-page.tsx', 'src/pages/form-page.tsx']],
] as const;

const NEVER = [
  'src/pages/dashboard/dashboard-page.tsx',
  'src/pages/admin/admin-page.tsx',
  'src/pages/form-admin/form-editor-page.tsx',
  'src/pages/form-admin/form-list-page.tsx',
  'src/pages/email-templates/email-templates-page.tsx',
  'src/i18n/en-messages.ts',
];

describe('chunks per role', () => {
  it('keeps ECharts in a chunk of its own that only the dashboard imports', () => {
    const echarts = Object.entries(manifest).filter(([, chunk]) => chunk.name === 'echarts');
    expect(echarts).toHaveLength(1);
    const importers = Object.keys(manifest).filter((key) => manifest[key]!.imports?.includes(echarts[0]![0]));
    expect(importers).toEqual(['src/pages/dashboard/dashboard-page.tsx']);
  });

  it.each(ROLES)('gives %s no ECharts, dashboard, admin pages or English dictionary', (_role, pages) => {
    const files = filesLoadedFor([...pages]);
    expect(files.filter((file) => /echarts/.test(file))).toEqual([]);
    for (const key of NEVER) expect(files).not.toContain(fileOf(key));
  });

  it('loads the page of each route on demand, not with the first scripts', () => {
    const entry = manifest[entryKey]!;
    for (const page of [
      'src/pages/home-page.tsx',
      'src/pages/form-page.tsx',
      'src/pages/gate/gate-check-page.tsx',
      'src/pages/inbox/inbox-page.tsx',
    ])
      expect(entry.dynamicImports).toContain(page);
    expect(filesLoadedFor([])).not.toContain(fileOf('src/pages/home-page.tsx'));
  });
});
