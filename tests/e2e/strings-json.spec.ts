import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { en } from '../../renderer/ui/i18n/en'
import { zhCN } from '../../renderer/ui/i18n/zh-CN'

// Each language's strings chunk is built as JSON.parse of one string (electron.vite.config.ts,
// stringsAsJson): V8 reads a large JSON string faster than the same object literal, and every
// start evaluates one of them. The built chunk must still give exactly the source's strings.
const assets = join(__dirname, '..', '..', 'out', 'renderer', 'assets')

for (const [prefix, name, strings] of [
  ['en-', 'en', en],
  ['zh-CN-', 'zhCN', zhCN],
] as const) {
  test(`the ${name} strings chunk is JSON.parse of the source's strings`, async () => {
    const files = readdirSync(assets).filter(
      (file) => file.startsWith(prefix) && file.endsWith('.js'),
    )
    expect(files).toHaveLength(1)
    const code = readFileSync(join(assets, files[0] ?? ''), 'utf8')
    expect(code).toMatch(/^const \w+=JSON\.parse\(/)
    const built = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as Record<string, unknown>
    expect(Object.keys(built)).toEqual([name])
    expect(built[name]).toEqual(strings)
  })
}
