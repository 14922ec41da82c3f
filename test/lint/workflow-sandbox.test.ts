import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The probe file exists only as text, outside every tsconfig, so the type-aware rules are off for it (the import
// rule under test needs no types).
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function sandboxProblems(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, 'workflows/probe-workflow.ts') });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('workflow sandbox lint rule', () => {
  it.each([
    ["import knex from 'knex';"],
    ["import nodemailer from 'nodemailer';"],
    ["import Handlebars from 'handlebars';"],
    ["import { readFileSync } from 'fs';"],
    ["import { readFileSync } from 'node:fs';"],
    ["import { createHash } from 'node:crypto';"],
    ["import { createActivities } from '../activities/index';"],
    ["import { createDb } from '../core/db';"],
    ["import { createActivities } from '#activities/index';"],
    ["import { createDb } from '#core/db';"],
    ["import { openTask } from '#core/stores/task-store';"],
  ])('refuses `%s` in workflow code', async (line) => {
    expect(await sandboxProblems(`${line}\nexport const used = [${line.match(/import \{?\s*(\w+)/)![1]}];\n`)).toHaveLength(1);
  });

  it('allows the workflow API, type-only imports of activities and pure domain modules', async () => {
    const code = [
      "import { sleep } from '@temporalio/workflow';",
      "import type { Activities } from '../activities/index';",
      "import type { Config } from '../core/config';",
      "import { pickLocale } from '../core/domain/locale';",
      "import { SEALED_MARK } from '#core/domain/sealed-mark';",
      'export const used: [typeof sleep, Activities | undefined, Config | undefined, typeof pickLocale, typeof SEALED_MARK] = [sleep, undefined, undefined, pickLocale, SEALED_MARK];',
    ].join('\n');
    expect(await sandboxProblems(code)).toEqual([]);
  });
});
