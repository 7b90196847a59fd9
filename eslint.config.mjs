// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/**
 * The layers of the app, in one table: for each folder, the other app folders its files may
 * import and why. Every app folder not listed in `mayImport` is rejected by
 * `no-restricted-imports` with the row's message, and so is every package in `forbids`.
 * A folder's own files and subfolders are always allowed. tests/ and scripts/ have no row:
 * they may import anything, and nothing in the app may import them.
 *
 * The rule is generated below from this table, one block per folder, because flat-config
 * blocks for the same rule do not merge: the last block that matches a file wins. Imports are
 * matched by their text, so a relative import is read as '../' steps then a folder name: keep
 * the layer names (domain, data, platform, ui, main, preload, scripts, tests) off subfolders.
 */
const NODE_AND_ELECTRON = ['electron', 'node:*']

const LAYERS = [
  {
    folder: 'renderer/domain',
    mayImport: [],
    forbids: [
      ...NODE_AND_ELECTRON,
      'react',
      'react-dom',
      'dexie',
      'dexie-react-hooks',
      'i18next',
      'react-i18next',
    ],
    why: 'renderer/domain is pure TypeScript: it runs in the app, in Node tests and in any later tool, so it imports nothing from React, Dexie, Electron, the browser or the rest of the app.',
  },
  {
    folder: 'renderer/data',
    mayImport: ['renderer/domain'],
    forbids: NODE_AND_ELECTRON,
    why: 'renderer/data stores what the domain defines (renderer/domain) and is read by the screens: it never depends on a screen (renderer/ui) or on how the app is hosted (renderer/platform).',
  },
  {
    folder: 'renderer/platform',
    mayImport: ['renderer/domain', 'preload/api'],
    forbids: NODE_AND_ELECTRON,
    why: 'renderer/platform is the one place that knows whether the app runs in Electron or in a plain browser: it wraps the preload API (preload/api.ts) and browser storage, and knows nothing of the screens (renderer/ui) or the database (renderer/data).',
  },
  {
    folder: 'renderer/ui',
    mayImport: ['renderer/domain', 'renderer/data', 'renderer/platform'],
    forbids: NODE_AND_ELECTRON,
    why: 'renderer/ui shows what the domain computes and the data layer stores, and reaches the host only through renderer/platform: never main, the preload bridge, Node or Electron.',
  },
  {
    // The rest of renderer/: main.tsx, the entry that wires the four layers above together.
    folder: 'renderer',
    mayImport: ['preload/api'],
    forbids: NODE_AND_ELECTRON,
    why: 'The renderer never reaches into the main process or Node: it talks to main only through the typed preload API (preload/api.ts), via renderer/platform.',
  },
  {
    folder: 'main',
    mayImport: ['preload/api'],
    forbids: [],
    why: 'main shares only the IPC contract with the renderer (preload/api.ts): it does not import renderer code, the preload bridge, scripts or tests.',
  },
  {
    folder: 'preload',
    mayImport: [],
    forbids: [],
    why: 'preload is the bridge the renderer calls: it exposes the contract in preload/api.ts and imports nothing from main or the renderer.',
  },
]

/** Every place an import can land, from the repository root. A place's sub-places are part of it. */
const APP_PLACES = [
  'renderer',
  'renderer/domain',
  'renderer/data',
  'renderer/platform',
  'renderer/ui',
  'main',
  'preload',
  'preload/api',
  'scripts',
  'tests',
]

const isInside = (/** @type {string} */ path, /** @type {string} */ folder) =>
  path === folder || path.startsWith(`${folder}/`)

/**
 * The part of a relative import that lands in `place`, seen from a file in `folder`: one or more
 * '../', then optionally the folders the two share ('../data' or '../../renderer/data' from
 * renderer/ui), then the place, minus any sub-place the folder may import.
 */
function placePattern(
  /** @type {string} */ place,
  /** @type {string} */ folder,
  /** @type {string[]} */ allowed,
) {
  const placeParts = place.split('/')
  const folderParts = folder.split('/')
  let shared = 0
  while (shared < placeParts.length && placeParts[shared] === folderParts[shared]) shared += 1
  const sharedPrefix = placeParts
    .slice(0, shared)
    .reduce((prefix, part) => `(?:${prefix}${part}/)?`, '')
  const allowedInside = allowed
    .filter((path) => path.startsWith(`${place}/`))
    .map((path) => path.slice(place.length + 1))
  const exceptAllowed =
    allowedInside.length > 0 ? `(?!/(?:${allowedInside.join('|')})(?:[/.]|$))` : ''
  return `${sharedPrefix}${placeParts.slice(shared).join('/')}${exceptAllowed}(?:[/.]|$)`
}

/**
 * The app places a file in `folder` may not import. An enclosing place is left out: a relative
 * import cannot tell it from the folder's own files ('../x' from renderer/ui/hooks).
 */
function forbiddenPlaces(/** @type {string} */ folder, /** @type {string[]} */ allowed) {
  const forbidden = APP_PLACES.filter(
    (place) =>
      !isInside(folder, place) &&
      !isInside(place, folder) &&
      !allowed.some((path) => isInside(place, path)),
  )
  // A sub-place of a forbidden place is already covered by its parent's pattern.
  return forbidden.filter(
    (place) => !forbidden.some((other) => other !== place && isInside(place, other)),
  )
}

/** One `no-restricted-imports` block per row of LAYERS, carrying everything that folder may not import. */
const layerBlocks = LAYERS.map(({ folder, mayImport, forbids, why }) => {
  const mayList = mayImport.length > 0 ? mayImport.join(', ') : 'no other app folder'
  const message = `${why} (eslint.config.mjs, LAYERS: ${folder} may import ${mayList}.)`
  const places = forbiddenPlaces(folder, mayImport).map((place) =>
    placePattern(place, folder, mayImport),
  )
  const packageNames = forbids.filter((name) => !name.includes('*'))
  // A forbidden package's subpaths ('react-dom/client') are as forbidden as the package.
  const packagePatterns = [
    ...forbids.filter((name) => name.includes('*')),
    ...packageNames.map((name) => `${name}/**`),
  ]
  return {
    files: [`${folder}/**/*.{ts,tsx,mts,cts}`],
    ignores: LAYERS.filter((row) => row.folder.startsWith(`${folder}/`)).map(
      (row) => `${row.folder}/**`,
    ),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packageNames.map((name) => ({ name, message })),
          patterns: [
            { regex: `^(?:\\.\\./)+(?:${places.join('|')})`, message },
            ...(packagePatterns.length > 0 ? [{ group: packagePatterns, message }] : []),
          ],
        },
      ],
    },
  }
})

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Dropping a field by destructuring (`const { a, ...rest } = row`) is how a record is narrowed.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // One import statement a module. Types join the value import inline
      // (`import { x, type T }`), as the code already does everywhere.
      'no-duplicate-imports': ['error', { includeExports: false, allowSeparateTypeImports: false }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layerBlocks,
  {
    files: ['renderer/domain/**/*.{ts,tsx}'],
    rules: {
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
)
