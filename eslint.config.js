import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import memberOrder from './eslint-rules/member-order.js';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/cdn/**', 'storybook-static/**', 'node_modules/**', 'test/e2e/.build/**', 'test/bench/.build/**', 'packages/react/src/index.ts'],
  },
  // (packages/react/src/index.ts is written by npm run analyze from the manifest, like the dist/ files.)
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  litA11y.configs.recommended,
  { settings: { wc: { elementBaseClasses: ['LitElement', 'HearthElement'] } } },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs', 'docs/examples/**/*.mjs', '*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Page tests run callbacks inside the page (page.evaluate), and test pages are browser scripts.
    files: [
      'test/e2e/**/*.mjs',
      'test/e2e/pages/**/*.js',
      'scripts/gallery.mjs',
      'scripts/gallery-states.mjs',
      'scripts/gallery-page/**/*.js',
      'test/packaging/apps/**/*.js',
      'test/bench/**/*.mjs',
      'test/bench/pages/**/*.js',
      'test/bench/contenders/**/*.js',
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Imports sorted by a tool, not by hand (STYLE.md §21).
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' },
  },
  {
    // Class members in the house order (STYLE.md §5): statics, fields, @query, @state, @property,
    // lifecycle, private methods, public methods, render(). `eslint --fix` moves them.
    files: ['packages/*/src/**/*.ts'],
    plugins: { hearth: { rules: { 'member-order': memberOrder } } },
    rules: { 'hearth/member-order': 'error' },
  },
  {
    rules: {
      'no-console': ['error', { allow: ['error', 'warn'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'docs/examples/**', '.storybook/**', 'stories/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Component tests reach the browser through Hearth's own commands, served alike in every
    // engine (docs/development.md, Engines); the stock ones fail under WebDriver or in Firefox.
    files: ['test/**/*.ts'],
    ignores: ['test/helpers/commands.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@web/test-runner-commands', message: 'Use test/helpers/commands.ts: the same commands in Chromium, Firefox and WebKitGTK.' }] },
      ],
    },
  },
  // Formatting is Prettier's (`prettier --check` in npm run lint): rules that would fight it are off.
  prettier,
);
