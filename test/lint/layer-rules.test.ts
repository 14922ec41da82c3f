// The layer rules in eslint.config.js (LAYERS): for each layer, one import it refuses and one it allows, so a rule that
// stops matching (a renamed folder, a regex typo, a later block replacing it) fails here rather than going quiet.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Probe files exist only as text, outside every tsconfig, so the type-aware rules are off for them (the import rules
// under test need no types).
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function importProblems(file: string, line: string): Promise<string[]> {
  const name = line.match(/import (?:type )?\{?\s*(\w+)/)![1];
  const code = `${line}\nexport type Used = typeof ${name};\n`;
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

// [layer, probe file, refused import, allowed import]
const CASES: [string, string, string, string][] = [
  ['core/domain is pure', 'core/domain/probe.ts', "import { loadConfig } from '../config';", "import type { Config } from '../config';"],
  [
    'core/domain is pure (subpaths)',
    'core/domain/probe.ts',
    "import { createDb } from '#core/db';",
    "import { LOCALES } from '#core/domain/locale';",
  ],
  [
    'core/api is pure',
    'core/api/probe.ts',
    "import { createApp } from '#web/server/create-app';",
    "import { LOCALES } from '../domain/locale';",
  ],
  [
    'core/stores stay queries',
    'core/stores/probe.ts',
    "import { createActivities } from '#activities/index';",
    "import { LOCALES } from '../domain/locale';",
  ],
  [
    'core/stores reach only domain, api, stores, db',
    'core/stores/probe.ts',
    "import { loadConfig } from '../config';",
    "import { createDb } from '../db';",
  ],
  [
    'nested stores climb two levels',
    'core/stores/visits/probe.ts',
    "import { loadConfig } from '../../config';",
    "import { findUser } from '../user-store';",
  ],
  [
    'stores may import workflows as types',
    'core/stores/probe.ts',
    "import { ladderWorkflow } from '#workflows/ladder-workflow';",
    "import type { LadderParams } from '#workflows/ladder-workflow';",
  ],
  [
    'core/ does not import activities',
    'core/notify/probe.ts',
    "import type { Activities } from '#activities/index';",
    "import { loadConfig } from '../config';",
  ],
  [
    'core/ does not import the web server',
    'core/probe.ts',
    "import { createApp } from '#web/server/create-app';",
    "import { createDb } from './db';",
  ],
  [
    'core/temporal.ts imports activities as types',
    'core/temporal.ts',
    "import { createActivities } from '#activities/index';",
    "import type { Activities } from '#activities/index';",
  ],
  [
    'activities do not import the web server',
    'activities/probe.ts',
    "import { createApp } from '#web/server/create-app';",
    "import { loadConfig } from '#core/config';",
  ],
  [
    'forms do not import activities',
    'forms/probe.ts',
    "import { createActivities } from '#activities/index';",
    "import { loadConfig } from '#core/config';",
  ],
  [
    'forms do not import the web server',
    'forms/probe.ts',
    "import { createApp } from '../web/server/create-app';",
    "import { LOCALES } from '#core/domain/locale';",
  ],
  [
    'the web server does not import activities',
    'web/server/probe.ts',
    "import { createActivities } from '#activities/index';",
    "import { loadConfig } from '#core/config';",
  ],
  [
    'the kit does not import tests',
    'scripts/kit/probe.ts',
    "import { startSystem } from '../../test/helpers/running-system';",
    "import { freePort } from './ports';",
  ],
  [
    'benches do not import tests',
    'bench/probe.ts',
    "import { startSystem } from '../test/helpers/running-system';",
    "import { freePort } from '#scripts/kit/ports';",
  ],
  [
    'tests do not import benches',
    'test/probe.test.ts',
    "import { figuresOf } from '../bench/pages-measure';",
    "import { hostileInputDrill } from '#scripts/drills/hostile-input-drill';",
  ],
];

describe('layer import rules', () => {
  it.each(CASES)('%s: refuses one import (%s)', async (_layer, file, refused) => {
    expect(await importProblems(file, refused)).toHaveLength(1);
  });

  it.each(CASES)('%s: allows another (%s)', async (_layer, file, _refused, allowed) => {
    expect(await importProblems(file, allowed)).toEqual([]);
  });

  it('keeps knex out of a layer file that is not a knex home, and lets a store, a migration or the connection keep it', async () => {
    expect(await importProblems('activities/probe.ts', "import knex from 'knex';")).toHaveLength(1);
    expect(await importProblems('core/notify/probe.ts', "import knex from 'knex';")).toHaveLength(1);
    expect(await importProblems('core/stores/probe.ts', "import knex from 'knex';")).toEqual([]);
    expect(await importProblems('core/db.ts', "import knex from 'knex';")).toEqual([]);
  });
});
