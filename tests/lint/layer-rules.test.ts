import { join } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')

/** Lints a snippet as if it lived at `filePath`, running only `ruleIds` (no type info needed). */
async function lintMessages(
  code: string,
  filePath: string,
  ruleIds: readonly string[],
): Promise<{ ruleId: string | null; message: string }[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleIds.includes(ruleId),
  })
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) })
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }))
}

/** Lints a snippet as if it lived at `filePath`, checking only the import rules (no type info needed). */
async function importErrors(code: string, filePath: string): Promise<string[]> {
  const messages = await lintMessages(code, filePath, [
    'no-restricted-imports',
    'no-restricted-globals',
  ])
  return messages.map((message) => message.message)
}

// The first lint loads typescript-eslint and the config, which can take longer than one test's
// time limit on a busy machine; pay for it once here.
beforeAll(async () => {
  await importErrors('export {}\n', 'renderer/ui/probe.ts')
}, 60_000)

/** The start of each row's message in the LAYERS table of eslint.config.mjs. */
const WHY = {
  domain: /renderer\/domain is pure TypeScript/,
  data: /renderer\/data stores what the domain defines/,
  platform: /renderer\/platform is the one place/,
  ui: /renderer\/ui shows what the domain computes/,
  renderer: /The renderer never reaches into the main process/,
  main: /main shares only the IPC contract/,
  preload: /preload is the bridge the renderer calls/,
}

describe('the layer rules', () => {
  it.each([
    "import { useState } from 'react'",
    "import Dexie from 'dexie'",
    "import { app } from 'electron'",
    "import { readFile } from 'node:fs'",
    "import { db } from '../data/db'",
    "import { App } from '../ui/App'",
  ])('keep renderer/domain pure: %s is rejected', async (line) => {
    const errors = await importErrors(`${line}\nexport const x = 1\n`, 'renderer/domain/probe.ts')
    expect(errors.join('\n')).toMatch(/renderer\/domain is pure TypeScript/)
  })

  it('rejects browser globals in the domain', async () => {
    const errors = await importErrors(
      'export const lang = navigator.language\n',
      'renderer/domain/probe.ts',
    )
    expect(errors.join('\n')).toMatch(/navigator/)
  })

  it('keeps the renderer out of main and Node, and main out of the renderer', async () => {
    expect(
      await importErrors(
        "import { APP_ORIGIN } from '../../main/app-origin'\n",
        'renderer/ui/probe.ts',
      ),
    ).not.toEqual([])
    expect(
      await importErrors("import { App } from '../renderer/ui/App'\n", 'main/probe.ts'),
    ).not.toEqual([])
  })

  it('lets the layers import what they may', async () => {
    expect(
      await importErrors(
        "import { z } from 'zod'\nexport const s = z.string()\n",
        'renderer/domain/probe.ts',
      ),
    ).toEqual([])
    expect(
      await importErrors(
        "import { assess } from '../domain'\nexport const a = assess\n",
        'renderer/ui/probe.ts',
      ),
    ).toEqual([])
  })
})

describe('the table of layers rejects every forbidden arrow with its row’s message', () => {
  it.each([
    // [arrow, file, import, the row whose message explains it]
    ['data → ui', 'renderer/data/probe.ts', '../ui/App', WHY.data],
    [
      'data → ui, from a subfolder',
      'renderer/data/repositories/probe.ts',
      '../../ui/services',
      WHY.data,
    ],
    ['data → platform', 'renderer/data/probe.ts', '../platform', WHY.data],
    [
      'data → platform, by its full path',
      'renderer/data/probe.ts',
      '../../renderer/platform/platform',
      WHY.data,
    ],
    ['data → electron', 'renderer/data/probe.ts', 'electron', WHY.data],
    ['platform → ui', 'renderer/platform/probe.ts', '../ui/services', WHY.platform],
    ['platform → data', 'renderer/platform/probe.ts', '../data/db', WHY.platform],
    [
      'platform → preload bridge',
      'renderer/platform/probe.ts',
      '../../preload/index',
      WHY.platform,
    ],
    ['domain → scripts', 'renderer/domain/probe.ts', '../../scripts/print-ruleset', WHY.domain],
    ['domain → platform (index)', 'renderer/domain/probe.ts', '../platform', WHY.domain],
    ['domain → a React subpath', 'renderer/domain/probe.ts', 'react-dom/client', WHY.domain],
    ['domain → tests', 'renderer/domain/pay/probe.ts', '../../../tests/helpers/money', WHY.domain],
    ['ui → scripts', 'renderer/ui/probe.ts', '../../scripts/start.mjs', WHY.ui],
    ['data → scripts', 'renderer/data/probe.ts', '../../scripts/print-ruleset', WHY.data],
    [
      'platform → scripts',
      'renderer/platform/probe.ts',
      '../../scripts/print-ruleset',
      WHY.platform,
    ],
    ['renderer entry → scripts', 'renderer/probe.ts', '../scripts/print-ruleset', WHY.renderer],
    ['ui → main', 'renderer/ui/screens/probe.ts', '../../../main/app-origin', WHY.ui],
    ['ui → preload bridge', 'renderer/ui/probe.ts', '../../preload/api', WHY.ui],
    ['data → main', 'renderer/data/probe.ts', '../../main/app-origin', WHY.data],
    ['platform → main', 'renderer/platform/probe.ts', '../../main/app-origin', WHY.platform],
    ['renderer entry → main', 'renderer/probe.ts', '../main/app-origin', WHY.renderer],
    ['renderer entry → node:*', 'renderer/probe.ts', 'node:fs', WHY.renderer],
    ['main → renderer', 'main/probe.ts', '../renderer/domain', WHY.main],
    ['main → renderer, from a subfolder', 'main/ipc/probe.ts', '../../renderer/data/db', WHY.main],
    ['main → preload/index', 'main/probe.ts', '../preload/index', WHY.main],
    ['main → preload (its index)', 'main/ipc/probe.ts', '../../preload', WHY.main],
    ['main → scripts', 'main/probe.ts', '../scripts/start.mjs', WHY.main],
    ['main → tests', 'main/probe.ts', '../tests/helpers/money', WHY.main],
    ['preload → renderer', 'preload/probe.ts', '../renderer/domain', WHY.preload],
    ['preload → main', 'preload/probe.ts', '../main/app-origin', WHY.preload],
  ])('%s: %s importing %s', async (_arrow, file, source, why) => {
    const errors = await importErrors(
      `import * as probe from '${source}'\nexport { probe }\n`,
      file,
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(why)
    expect(errors[0]).toMatch(/\(eslint\.config\.mjs, LAYERS: .+ may import .+\.\)$/)
  })
})

describe('the table of layers lets the allowed arrows through', () => {
  it.each([
    ['ui → data', 'renderer/ui/probe.ts', '../data/db'],
    [
      'ui → data, from a subfolder',
      'renderer/ui/screens/probe.ts',
      '../../data/settings-repository',
    ],
    ['ui → platform', 'renderer/ui/probe.ts', '../platform'],
    ['ui → platform, from a subfolder', 'renderer/ui/screens/probe.ts', '../../platform'],
    ['ui → domain', 'renderer/ui/probe.ts', '../domain/money'],
    ['ui → its own files', 'renderer/ui/hooks/probe.ts', '../sections'],
    ['data → domain', 'renderer/data/probe.ts', '../domain/model/enums'],
    [
      'data → domain, from a subfolder',
      'renderer/data/repositories/probe.ts',
      '../../domain/model/id',
    ],
    ['data → its own files', 'renderer/data/probe.ts', './db'],
    ['data → its own files, from a subfolder', 'renderer/data/search/probe.ts', '../db'],
    ['data → dexie', 'renderer/data/probe.ts', 'dexie'],
    ['data → minisearch', 'renderer/data/probe.ts', 'minisearch'],
    ['data → opencc-js', 'renderer/data/probe.ts', 'opencc-js/t2cn'],
    ['platform → preload/api', 'renderer/platform/probe.ts', '../../preload/api'],
    ['platform → its own files', 'renderer/platform/probe.ts', './platform'],
    ['domain → its own files', 'renderer/domain/ruleset/probe.ts', '../model/enums'],
    ['domain → zod', 'renderer/domain/probe.ts', 'zod'],
    ['renderer entry → ui', 'renderer/probe.ts', './ui/App'],
    ['renderer entry → preload/api', 'renderer/probe.ts', '../preload/api'],
    ['main → preload/api', 'main/probe.ts', '../preload/api'],
    ['main → preload/api, from a subfolder', 'main/ipc/probe.ts', '../../preload/api'],
    ['main → electron and Node', 'main/probe.ts', 'node:fs'],
    ['preload → its api', 'preload/probe.ts', './api'],
    ['tests → anything', 'tests/renderer/probe.ts', '../../renderer/data/db'],
    ['scripts → the domain', 'scripts/probe.ts', '../renderer/domain'],
  ])('%s: %s importing %s', async (_arrow, file, source) => {
    expect(
      await importErrors(`import * as probe from '${source}'\nexport { probe }\n`, file),
    ).toEqual([])
  })
})

describe('import hygiene', () => {
  it('reports a module imported twice, types included', async () => {
    for (const code of [
      "import { a } from './x'\nimport { b } from './x'\nexport { a, b }\n",
      "import { a } from './x'\nimport type { B } from './x'\nexport const c: B = a\n",
    ]) {
      const messages = await lintMessages(code, 'renderer/ui/probe.ts', ['no-duplicate-imports'])
      expect(messages).toEqual([
        { ruleId: 'no-duplicate-imports', message: "'./x' import is duplicated." },
      ])
    }
  })

  it('accepts one import with inline types', async () => {
    expect(
      await lintMessages(
        "import { a, type B } from './x'\nexport const c: B = a\n",
        'renderer/ui/probe.ts',
        ['no-duplicate-imports'],
      ),
    ).toEqual([])
  })

  it('reports an eslint-disable directive that disables nothing', async () => {
    const messages = await lintMessages(
      "// eslint-disable-next-line no-duplicate-imports\nimport { a } from './x'\nexport { a }\n",
      'renderer/ui/probe.ts',
      ['no-duplicate-imports'],
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]?.message).toMatch(/Unused eslint-disable directive/)
  })
})
