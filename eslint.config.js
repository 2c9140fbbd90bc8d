// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-ssr/**', '**/node_modules/**', '**/coverage/**', 'test-results/**'] },
  js.configs.recommended,
  {
    // Plain browser scripts: served as they are (public/), or put inside the drawn pages (inline/).
    files: ['packages/web/public/**/*.js', 'packages/web/inline/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './packages/*/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A leading underscore marks a value left out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The engine is the pure domain: no I/O, no platform modules, so the server, the web app
    // and the CLI can all run the same rules.
    files: ['packages/engine/src/**/*.ts'],
    ignores: ['packages/engine/src/**/*.test.ts', 'packages/engine/src/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^node:', message: 'The engine is pure: no node:* imports.' }] },
      ],
      'no-restricted-globals': ['error', 'process', 'fetch', 'console', 'require'],
    },
  },
  {
    // These schemas are bundled into the web app: nothing of the server may come with them.
    files: ['packages/server/src/http/walk-schemas.ts', 'packages/server/src/http/today-schemas.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|@wandelcoach/engine$)',
              message: 'This module reaches the browser: it may import zod and the engine only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Integration tests read JSON response bodies; typing every one of them would hide what is checked.
    files: ['packages/server/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The web app runs in the browser.
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      // The API's shapes come from the server as types; its code must never reach the bundle. The
      // exceptions are the schemas of the walk requests and of today's answer, which the app checks
      // what it keeps on the phone with.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@wandelcoach/server(?!/(walk|today)-schemas$)(/.*)?$',
              allowTypeImports: true,
              message:
                'Import only types from the server (`import type`): its code must not reach the browser.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
  prettier,
);
