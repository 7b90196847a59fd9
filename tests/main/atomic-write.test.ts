import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomically, writeFileAtomicallySync } from '../../main/atomic-write'

describe('writeFileAtomically', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidemark-atomic-'))
    const file = join(dir, 'data.json')
    writeFileSync(file, 'old')
    await writeFileAtomically(file, '新的内容')
    expect(readFileSync(file, 'utf8')).toBe('新的内容')
    expect(readdirSync(dir)).toEqual(['data.json'])
  })

  it('has a blocking twin that behaves the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidemark-atomic-'))
    const file = join(dir, 'state.json')
    writeFileSync(file, 'old')
    writeFileAtomicallySync(file, '{"ok":true}')
    expect(readFileSync(file, 'utf8')).toBe('{"ok":true}')
    expect(() => {
      writeFileAtomicallySync(join(dir, 'missing', 'x.json'), 'new')
    }).toThrow()
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('leaves the old file untouched when the write cannot happen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidemark-atomic-'))
    const file = join(dir, 'data.json')
    writeFileSync(file, 'old')
    // A folder where the target should be: rename fails, the original stays, the temp is removed.
    await expect(
      writeFileAtomically(join(dir, 'missing-folder', 'x.json'), 'new'),
    ).rejects.toThrow()
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['data.json'])
  })
})
