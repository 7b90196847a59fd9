import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')

/** Lints a snippet as if it lived at `filePath`, checking only the import rules (no type info needed). */
async function importErrors(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) =>
      ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-globals',
  })
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) })
  return (result?.messages ?? []).map((message) => message.message)
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
