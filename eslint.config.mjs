// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const domainMessage =
  'renderer/domain is pure TypeScript: it runs in the app, in Node tests and in any later tool, so it imports nothing from React, Dexie, Electron, the browser or the rest of the app.'

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', 'electron', 'node:*'],
              message:
                'The renderer never reaches into the main process or Node: it talks to main only through the typed preload API (preload/api.ts), via renderer/platform.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'react',
            'react-dom',
            'dexie',
            'dexie-react-hooks',
            'electron',
            'i18next',
            'react-i18next',
          ].map((name) => ({ name, message: domainMessage })),
          patterns: [
            {
              group: [
                '**/ui/**',
                '**/data/**',
                '**/platform/**',
                '**/main/**',
                '**/preload/**',
                'node:*',
              ],
              message: domainMessage,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'indexedDB',
        'localStorage',
        'process',
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**'],
              message:
                'main and preload do not import renderer code; shared contracts live in preload/api.ts.',
            },
          ],
        },
      ],
    },
  },
)
