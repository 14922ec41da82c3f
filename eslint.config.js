// Lint: TypeScript recommended and type-aware promise rules everywhere, the rules of hooks in the app, and a sandbox
// fence around workflows/, and knex only in stores.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);

// SQL lives in stores (core/stores): only they, the migrations and the connection itself import knex (tests, benches
// and scripts too, for their fixtures). test/lint/knex-in-stores.unit.test.ts probes the rule and finds no other file.
export const KNEX_HOMES = ['core/stores/**', 'core/migrations/**', 'core/db.ts', 'core/sqlite-*.ts', 'test/**', 'bench/**', 'scripts/**'];

// Nor the query builder: a route or activity that takes a Db and writes `db('users').where(…)` holds SQL outside a store
// as surely as one that imports knex. A transaction (`db.transaction(async (trx) => …)`) is a unit of work, not SQL: it
// may begin anywhere, and the statements inside it are a store's.
const HANDLE = '/^(db|trx|tx|knex|conn|database)$/';
const BUILDER = '/^(schema|from|table|select|insert|update|delete|with|queryBuilder|fn|batchInsert)$/';
const NAMES_A_TABLE = '[arguments.0.type=/^(Literal|TemplateLiteral|ObjectExpression)$/]';
export const SQL_CALLS = [
  `CallExpression[callee.type='Identifier'][callee.name=${HANDLE}]${NAMES_A_TABLE}`,
  `CallExpression[callee.type='MemberExpression'][callee.property.name=${HANDLE}]${NAMES_A_TABLE}`,
  "CallExpression[callee.type='MemberExpression'][callee.property.name='raw'][callee.object.name!='String']",
  `MemberExpression[object.name=${HANDLE}][property.name=${BUILDER}]`,
  `MemberExpression[object.type='MemberExpression'][object.property.name=${HANDLE}][property.name=${BUILDER}]`,
];

const KNEX_RESTRICTION = {
  paths: [{ name: 'knex', message: 'SQL belongs in a store (core/stores); import the Db type from core/stores.' }],
  patterns: [{ group: ['knex/*'], message: 'SQL belongs in a store (core/stores).' }],
};

/** A pattern refusing imports whose path matches `regex` (type-only imports too, unless `typesAllowed`). */
const refuse = (regex, message, typesAllowed = false) => ({ regex, message, allowTypeImports: typesAllowed });

/** A relative import climbing `depth + 1` folders out of a file `depth` folders below a core layer's folder, into a
 * sibling of that layer other than `allowed` (core/domain reaching core/org, say). */
const climbsOutOf = (depth, allowed) => `^(\\.\\./){${depth + 1}}(?!(${allowed})($|[/.-]))`;

/**
 * Config blocks for one layer's import rule. A later block naming the rule replaces an earlier one for the files both
 * match, so each layer's blocks carry the knex restriction for its files that may not import knex, and leave it off
 * for those in KNEX_HOMES (their patterns only, through `files` entries that are AND-lists).
 * `patterns(depth)` gives the layer's refusals for files `depth` folders below `folder` (or for the one `file`).
 */
function layerBlocks({ folder, file, patterns, ignores = [] }) {
  return (file ? [0] : [0, 1, 2]).flatMap((depth) => {
    const glob = file ?? `${folder}/${'*/'.repeat(depth)}*.{ts,tsx}`;
    const own = patterns(depth);
    return [
      {
        files: [glob],
        ignores: [...KNEX_HOMES, ...ignores],
        rules: {
          '@typescript-eslint/no-restricted-imports': ['error', { ...KNEX_RESTRICTION, patterns: [...KNEX_RESTRICTION.patterns, ...own] }],
        },
      },
      {
        files: KNEX_HOMES.map((home) => [glob, home]),
        ignores,
        rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: own }] },
      },
    ];
  });
}

const OTHER_FOLDERS = '(activities|web|forms|workflows|scripts)/';
// What a store may import from core besides the connection: the domain, API shapes, other stores and pure helpers.
const STORE_MAY_IMPORT = 'domain|api|stores|dashboard|org|privacy';

// Layer rules (issue 20): which folder may import which. Cross-folder imports read #core/…, #web/… (relative ones
// still match the folder name); inside core, a relative climb out of a layer is matched by depth (climbsOutOf).
export const LAYERS = [
  {
    // Domain rules and API shapes are pure: they run in the browser and in the workflow sandbox, so they import each
    // other and nothing else — other modules' types only.
    folder: 'core/domain',
    patterns: (depth) => [
      refuse(
        `(^|/|#)${OTHER_FOLDERS}|#core/(?!(domain|api)/)|${climbsOutOf(depth, 'domain|api')}`,
        'core/domain and core/api are pure: they may import other modules only as types.',
        true,
      ),
    ],
  },
  {
    folder: 'core/api',
    patterns: (depth) => [
      refuse(
        `(^|/|#)${OTHER_FOLDERS}|#core/(?!(domain|api)/)|${climbsOutOf(depth, 'domain|api')}`,
        'core/domain and core/api are pure: they may import other modules only as types.',
        true,
      ),
    ],
  },
  {
    // Stores hold the queries and nothing else: the domain, the API shapes, other stores, the connection and core's
    // pure helpers (figure shapes, masks, org types, errors); the rest of the system calls them, never the other way.
    folder: 'core/stores',
    ignores: [
      // Sealing a robot's secret and signing a webhook need the codec's secret box and node:crypto at the storage
      // boundary; the SMS address shown in a submission's history is masked by the SMS channel's own rule, and a robot
      // message's title there read by the robots' own (core/notify/markdown-plain-text.ts).
      'core/stores/notify/robot-store.ts',
      'core/stores/notify/webhook-store.ts',
      'core/stores/submissions/submission-store.ts',
      // Syncing the shipped definitions reads forms/'s JSON files and checks them before storing (to split: issue 20).
      'core/stores/forms/form-store.ts',
    ],
    patterns: (depth) => [
      // Subpath imports name the top folder (#web/…); a relative climb out of core/stores is caught by its depth.
      refuse('^#(activities|web)/', 'Stores are called by activities and routes; they may not import them.'),
      refuse(
        `^#(forms|workflows|scripts)/|^#core/(?!(${STORE_MAY_IMPORT})/|db($|[.-])|errors$)|${climbsOutOf(depth, `${STORE_MAY_IMPORT}|db|errors`)}`,
        "Stores may import only core/domain, core/api, core/stores, core/db and core's pure helpers (other modules as types).",
        true,
      ),
    ],
  },
  {
    // The rest of core (config, Temporal, mail, notify…) serves activities and routes and imports neither.
    folder: 'core',
    ignores: ['core/domain/**', 'core/api/**', 'core/stores/**', 'core/temporal.ts'],
    patterns: () => [refuse('(^|/|#)(web|activities)/', 'core/ serves activities and the web server; it may not import them.')],
  },
  {
    // The worker factory names the activities' type: type-only, as it is.
    file: 'core/temporal.ts',
    patterns: () => [refuse('(^|/|#)(web|activities)/', 'core/temporal.ts may import activities only as types.', true)],
  },
  {
    folder: 'activities',
    patterns: () => [refuse('(^|/|#)web/', 'Activities may not import the web server: share what both need through core/.')],
  },
  {
    folder: 'forms',
    patterns: () => [
      refuse('(^|/|#)(web|activities)/', 'forms/ may not import the web server or activities: share what both need through core/.'),
    ],
  },
  {
    folder: 'web/server',
    patterns: () => [refuse('(^|/|#)activities/', 'The web server may not import activities: call a core/ service or start a workflow.')],
  },
  {
    // The kit and the drills serve tests and benches alike, so they import neither.
    folder: 'scripts',
    patterns: () => [
      refuse('(^|/)(test|bench)/', 'scripts/ may not import test/ or bench/: tests and benches import the kit, not the other way.'),
    ],
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', '.tools/**', 'data/**', 'web/app/dist/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits, or one handed where a void callback is expected
    // (an onClick, a knex callback), loses its rejection.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Hooks take their dependency lists by hand: a missing one is a stale value, so both rules fail the lint.
    files: ['web/app/**/*.ts', 'web/app/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests pick through JSON answers of many shapes.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Knex only in stores (above): everywhere else, call a store, and take the handle's type (Db, Database) from
    // core/stores. The query builder likewise (SQL_CALLS); the app never holds a database handle.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    ignores: KNEX_HOMES,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', KNEX_RESTRICTION] },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: [...KNEX_HOMES, 'web/app/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...SQL_CALLS.map((selector) => ({
          selector,
          message: 'SQL belongs in a store (core/stores): call a store function with this handle.',
        })),
      ],
    },
  },
  {
    // The browser app shares the API's types through core/api; server modules pull express, knex and Node built-ins into
    // the bundle, so the app imports them only as types, and I/O libraries and Node built-ins not at all. (A later block
    // naming the same rule replaces an earlier one for its files: this one includes knex.)
    files: ['web/app/src/**/*.ts', 'web/app/src/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...['knex', 'express', 'nodemailer', 'pg', 'sqlite3', 'pino', 'cookie', ...nodeBuiltins].map((name) => ({
              name,
              message: 'The app runs in the browser: take API shapes from core/api instead.',
            })),
          ],
          patterns: [
            {
              regex: '(^|/|#)(web/)?server/|(^|/|#)activities/|(^|/|#)core/(db|config|bootstrap|logger|mail|notify|webhooks)(/|\\.|$)',
              allowTypeImports: true,
              message: 'The app may import server modules only as types (import type …); shared shapes live in core/api.',
            },
          ],
        },
      ],
    },
  },
  {
    // Benchmarks are not tests: neither imports the other; what both need lives in scripts/kit, the drills in scripts/drills.
    files: ['bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)test/', message: 'bench/ may not import test/: put what both need in scripts/kit.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)bench/', message: 'test/ may not import bench/: put what both need in scripts/kit.' }] },
      ],
    },
  },
  ...LAYERS.flatMap(layerBlocks),
  {
    // Workflow code runs in Temporal's deterministic sandbox: no I/O libraries, no Node built-ins,
    // and activities or server-side core modules only as types.
    files: ['workflows/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...['knex', 'nodemailer', 'handlebars', 'pg', 'sqlite3', 'express', 'pino', 'cookie', ...nodeBuiltins].map((name) => ({
              name,
              message: 'Workflows must stay deterministic: do I/O in an activity.',
            })),
          ],
          patterns: [
            {
              // Pure domain modules (core/domain) are sandbox-safe; everything else on the server side is not.
              regex: '(^|/|#)(activities|web|forms)(/|$)|(^|/|#)core/(?!domain/)',
              allowTypeImports: true,
              message: 'Workflows may import activities and server code only as types (import type …).',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
