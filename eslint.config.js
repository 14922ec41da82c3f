// Lint: TypeScript recommended and type-aware promise rules everywhere, the rules of hooks in the app, and a sandbox
// fence around workflows/, and knex only in stores.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);

// SQL lives in stores (core/stores): only they, the migrations and the connection itself import knex (tests, benches
// and scripts too, for their fixtures). The files below imported knex before the stores existed. This list only
// shrinks: when a file calls stores instead, take it off; test/lint/knex-in-stores.unit.test.ts fails when a file is
// added, or when a listed file no longer imports knex.
export const KNEX_HOMES = ['core/stores/**', 'core/migrations/**', 'core/db.ts', 'core/sqlite-*.ts', 'test/**', 'bench/**', 'scripts/**'];
export const KNEX_LEGACY_FILES = [
  'activities/clearance-activities.ts',
  'activities/credit-activities.ts',
  'activities/notice-activities.ts',
  'activities/notify-activities.ts',
  'activities/quarantine-channel-activities.ts',
  'activities/rule-activities.ts',
  'activities/subject-monitoring-activities.ts',
  'activities/submission-activities.ts',
  'core/audit.ts',
  'core/auth/demo-passwords.ts',
  'core/credit/credit-ledger.ts',
  'core/demo/demo-seed.ts',
  'core/evaluation/enterprise-evaluation.ts',
  'core/evaluation/evaluation-weights.ts',
  'core/gate/record-gate-check.ts',
  'core/notices/notice-store.ts',
  'core/notices/objection-store.ts',
  'core/notify/held-mail.ts',
  'core/notify/outbox-dispatcher.ts',
  'core/notify/preference-store.ts',
  'core/notify/recipient-preferences.ts',
  'core/notify/robot-dispatcher.ts',
  'core/notify/robot-outbox.ts',
  'core/notify/robot-store.ts',
  'core/notify/sms-outbox.ts',
  'core/org/reference-data.ts',
  'core/org/settings.ts',
  'core/privacy/bulletin-notes.ts',
  'core/privacy/submission-facts.ts',
  'core/privacy/template-data.ts',
  'core/startup-lock.ts',
  'core/webhooks/webhook-collector.ts',
  'core/webhooks/webhook-dispatcher.ts',
  'core/webhooks/webhook-store.ts',
  'forms/form-admin-store.ts',
  'forms/form-store.ts',
  'web/server/app-deps.ts',
  'web/server/audit/audit-request.ts',
  'web/server/email/channel-template-routes.ts',
  'web/server/email/created-template-store.ts',
  'web/server/email/email-template-store.ts',
  'web/server/email/template-target.ts',
  'web/server/forms/export-submissions.ts',
  'web/server/forms/publish-references.ts',
  'web/server/gate/gate-form.ts',
  'web/server/gate/gate-privacy.ts',
  'web/server/gate/site-register.ts',
  'web/server/hotline/hotline-store.ts',
  'web/server/measures/measure-store.ts',
  'web/server/metrics/domain-gauges.ts',
  'web/server/metrics/metrics-routes.ts',
  'web/server/monitoring/monitoring-register.ts',
  'web/server/monitoring/offline-check-in.ts',
  'web/server/notices/article-images.ts',
  'web/server/notices/objection-limits.ts',
  'web/server/org/enterprise-routes.ts',
  'web/server/paging.ts',
  'web/server/robots/robot-view.ts',
  'web/server/session/db-rate-limiter.ts',
  'web/server/session/login-limiter.ts',
  'web/server/session/session-middleware.ts',
  'web/server/session/session-store.ts',
  'web/server/submissions/may-read-submission.ts',
  'web/server/submissions/present-submission.ts',
  'web/server/submissions/subject-enterprise.ts',
  'web/server/submissions/submission-service.ts',
  'web/server/submissions/submission-store.ts',
  'web/server/system/system-status.ts',
  'web/server/tasks/completion-for-reader.ts',
  'web/server/tasks/shown-summaries.ts',
  'web/server/todo/todo-store.ts',
  'web/server/visits/file-visit-problem.ts',
  'web/server/visits/record-visit.ts',
  'web/server/visits/visit-errors.ts',
  'web/server/visits/visit-form.ts',
  'web/server/visits/visit-presenter.ts',
  'web/server/visits/visit-store.ts',
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
    // Knex only in stores (above): everywhere else, call a store, and take the handle's type (Db, Knex) from core/stores.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    ignores: [...KNEX_HOMES, ...KNEX_LEGACY_FILES],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'knex', message: 'SQL belongs in a store (core/stores); import the Db type from core/stores.' }],
          patterns: [{ group: ['knex/*'], message: 'SQL belongs in a store (core/stores).' }],
        },
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
    // Benchmarks are not tests: neither imports the other; what both need lives in scripts/kit. The files ignored here
    // still do and are to move to the kit (issue 20); no new one may.
    files: ['bench/**/*.ts'],
    ignores: [
      'bench/alert-fanout.ts',
      'bench/codec-cost.ts',
      'bench/pages.ts',
      'bench/drills/drill-kit.ts',
      'bench/drills/hostile-input-drill.ts',
      'bench/drills/smtp-outage-drill.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)test/', message: 'bench/ may not import test/: put what both need in scripts/kit.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    ignores: ['test/drills/**', 'test/system/quarantine-channels-crash.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)bench/', message: 'test/ may not import bench/: put what both need in scripts/kit.' }] },
      ],
    },
  },
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
