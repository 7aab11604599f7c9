// @ts-check
/**
 * Lint for the whole workspace (flat config, ESLint 10 + typescript-eslint with type information).
 * Rules chosen to catch bugs, not to restyle: Prettier owns the layout (`npm run format`).
 *
 * Boundaries (import-x/no-restricted-paths, the zones bulletproof-react uses):
 * - shared/ is the domain core: it imports nothing of api, web or e2e.
 * - web: a feature imports another feature only through its public index.ts; features never import
 *   app/; the shared web folders (components, hooks, lib) import neither features nor app.
 * - api: a module imports another module only through its public files: the Nest module, its
 *   services and entities, and the few files listed in API_PUBLIC below. common/, config/ and
 *   database/ are the API's kernel, open to every module; bench/ and cli/ assemble the whole app.
 * - `@rectify/shared/testing` (test clocks) is for tests only.
 */
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const dirs = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const files = (path) => readdirSync(new URL(path, import.meta.url));

/** API folders every module may import freely: cross-cutting infrastructure, not features. */
const API_KERNEL = ['common', 'config', 'database'];
/** Tools that assemble the whole app (benchmarks, command-line scripts): they may reach into any module. */
const API_TOOLS = ['bench', 'cli'];
/** Files a module offers other modules besides its *.module.ts, *.service.ts and *.entity.ts. */
const API_PUBLIC = {
  'admin-log': ['admin-log-chain.ts'],
  auth: ['auth.decorators.ts'],
  evidence: ['evidence-storage.ts'],
  // stored-events: the history rows as written (tamper-checked), for readers that replay them.
  history: ['item-history.ts', 'stored-events.ts'],
  // ItemWriter is the one write path; the change rules, codes and access check go with it.
  items: ['item-search.ts', 'item-writer.ts', 'item-changes.ts', 'item-codes.ts', 'permitted-item.ts'],
  notifications: ['webhook-outbox.ts'],
  overdue: ['overdue-histories.ts'],
  // The GB/T 9704 document builder, shared by the report and the as-of 通报.
  reports: ['report-docx.ts'],
  users: ['password-hasher.ts'],
};
const isPublicApiFile = (module, file) => /\.(module|service|entity)\.ts$/.test(file) || (API_PUBLIC[module] ?? []).includes(file);

const apiModules = dirs('./api/src/').filter((m) => !API_KERNEL.includes(m));
const apiZones = apiModules
  .filter((m) => !API_TOOLS.includes(m))
  .map((target) => ({
    target: `./api/src/${target}`,
    from: './api/src',
    except: [
      `./${target}`,
      ...API_KERNEL.map((k) => `./${k}`),
      ...apiModules
        .filter((m) => m !== target)
        .flatMap((m) =>
          files(`./api/src/${m}/`)
            .filter((f) => isPublicApiFile(m, f))
            .map((f) => `./${m}/${f}`),
        ),
      ...files('./api/src/')
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `./${f}`),
    ],
    message: 'Import another API module through its public files (its module, services, entities; see API_PUBLIC in eslint.config.mjs).',
  }));

const webFeatures = dirs('./web/src/features/');
const webZones = [
  ...webFeatures.map((target) => ({
    target: `./web/src/features/${target}`,
    from: './web/src/features',
    except: [`./${target}`, ...webFeatures.filter((f) => f !== target).map((f) => `./${f}/index.ts`)],
    message: 'Import another feature through its index.ts, not its internals.',
  })),
  { target: './web/src/features', from: './web/src/app', message: 'Features do not import the app shell.' },
  {
    target: ['./web/src/components', './web/src/hooks', './web/src/lib'],
    from: ['./web/src/features', './web/src/app'],
    message: 'Shared web code imports neither features nor the app shell.',
  },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', '.nx/**', 'e2e/artifacts/**', 'api/bench-data/**', 'data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['api/tsconfig.json', 'web/tsconfig.json', 'shared/tsconfig.json', 'e2e/tsconfig.json'],
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // React event attributes may take async handlers (the handler reports its own errors).
      // React event attributes and callback options (antd's message returns a thenable) may return promises.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, properties: false } }],
      // Values typed unknown are recorded primitives (history, admin log); objects are what this catches.
      '@typescript-eslint/no-base-to-string': ['error', { checkUnknown: false }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      // Sanitisers strip control characters on purpose.
      'no-control-regex': 'off',
      'import-x/no-self-import': 'error',
    },
  },
  {
    // Tests and benchmarks read supertest/JSON bodies (typed any) and stub async functions without awaiting.
    files: ['api/test/**', 'api/test-multiprocess/**', 'api/src/bench/**', 'api/src/database/migrations/**', 'shared/test/**', 'web/test/**', 'e2e/**'],
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['api/src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^@rectify/shared/testing$|/testing/', message: 'Test helpers are for tests only.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './shared', from: ['./api', './web', './e2e'], message: 'shared/ is the domain core: it imports nothing of api, web or e2e.' }] },
      ],
      'no-restricted-imports': ['error', { patterns: [{ regex: '^@rectify/(api|web|e2e)', message: 'shared/ imports nothing of api, web or e2e.' }] }],
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@rectify/(api|web|e2e)', message: 'shared/ imports nothing of api, web or e2e.' },
            { regex: '/testing/', message: 'Test helpers are for tests only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['api/src/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: apiZones }] },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    // Web imports are extensionless (bundler resolution): resolve them with the web's own tsconfig.
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'web/tsconfig.json' })] },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: webZones }] },
  },
  {
    // Plain JS (jest configs, stubs, this file) is outside every tsconfig: lint it without types.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['web/public/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', URLSearchParams: 'readonly', location: 'readonly' } },
  },
);
