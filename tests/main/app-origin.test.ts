import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isTrustedSender, resolveAppFile, resolveAppFileOnDisk } from '../../main/app-origin'

const root = resolve('/opt/tidemark/renderer')

describe('resolveAppFile', () => {
  it('maps our URLs to files inside the renderer folder', () => {
    expect(resolveAppFile('app://tidemark/index.html', root)).toBe(join(root, 'index.html'))
    expect(resolveAppFile('app://tidemark/', root)).toBe(join(root, 'index.html'))
    expect(resolveAppFile('app://tidemark/assets/index-abc.js?v=1#x', root)).toBe(
      join(root, 'assets', 'index-abc.js'),
    )
    expect(resolveAppFile('app://tidemark/assets/%E6%BD%AE.svg', root)).toBe(
      join(root, 'assets', '潮.svg'),
    )
  })

  // The URL parser resolves dot segments at the root (app://tidemark/../x is app://tidemark/x),
  // so these can only ever name files inside the folder.
  it.each([
    'app://tidemark/../secret.txt',
    'app://tidemark/%2e%2e/secret.txt',
    'app://tidemark/assets/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
  ])('keeps %s inside the renderer folder', (url) => {
    const file = resolveAppFile(url, root)
    expect(file === null || file.startsWith(root + sep)).toBe(true)
  })

  // Encoded separators survive URL parsing and are decoded only by us: they must be refused.
  it.each([
    'app://tidemark/..%2fsecret.txt',
    'app://tidemark/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://tidemark/..%5csecret.txt',
    'app://tidemark/assets\\..\\..\\secret.txt',
    'app://tidemark/%00index.html',
    'app://tidemark/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://tidemark/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull()
  })
})

describe('resolveAppFile with absolute paths', () => {
  it.each([
    'app://tidemark//etc/passwd',
    'app://tidemark/%2Fetc%2Fpasswd',
    'app://tidemark/assets/%2F%2Fetc/passwd',
  ])('never answers a path outside the folder for %s', (url) => {
    const file = resolveAppFile(url, root)
    expect(file === null || file.startsWith(root + sep)).toBe(true)
    expect(file).not.toBe('/etc/passwd')
  })
})

/**
 * The same questions asked of a real folder on disk: a renderer folder with a file, a
 * subfolder, and symlinks planted inside it that point outside (to a file and to a folder),
 * beside a secret file that must never be served.
 */
describe('resolveAppFileOnDisk', () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'tidemark-app-origin-')))
  const renderer = join(base, 'renderer')
  const secret = join(base, 'secret.txt')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>')
  writeFileSync(join(renderer, 'assets', 'app.js'), 'export {}')
  writeFileSync(secret, 'not for the page')
  mkdirSync(join(base, 'outside-folder'))
  writeFileSync(join(base, 'outside-folder', 'data.json'), '{}')
  symlinkSync(secret, join(renderer, 'assets', 'innocent.js'))
  symlinkSync(join(base, 'outside-folder'), join(renderer, 'linked-folder'))
  // A link that stays inside is fine: it names a file of the renderer.
  symlinkSync(join(renderer, 'assets', 'app.js'), join(renderer, 'alias.js'))

  afterAll(() => {
    rmSync(base, { recursive: true, force: true })
  })

  it('serves the files that are really inside the folder', async () => {
    expect(await resolveAppFileOnDisk('app://tidemark/index.html', renderer)).toBe(
      join(renderer, 'index.html'),
    )
    expect(await resolveAppFileOnDisk('app://tidemark/assets/app.js', renderer)).toBe(
      join(renderer, 'assets', 'app.js'),
    )
    expect(await resolveAppFileOnDisk('app://tidemark/alias.js', renderer)).toBe(
      join(renderer, 'assets', 'app.js'),
    )
  })

  it.each([
    ['a symlink to a file outside', 'app://tidemark/assets/innocent.js'],
    ['a file through a symlinked folder', 'app://tidemark/linked-folder/data.json'],
    ['..', 'app://tidemark/..%2fsecret.txt'],
    ['encoded %2e%2e', 'app://tidemark/%2e%2e%2fsecret.txt'],
    ['an absolute path', `app://tidemark/${encodeURIComponent(secret)}`],
    ['a missing file', 'app://tidemark/assets/missing.js'],
    ['the folder itself', 'app://tidemark/assets/'],
  ])('refuses %s (%s)', async (_case, url) => {
    expect(await resolveAppFileOnDisk(url, renderer)).toBeNull()
  })
})

describe('isTrustedSender', () => {
  it('trusts only the top frame of our own origin', () => {
    expect(isTrustedSender({ url: 'app://tidemark/index.html', isMainFrame: true })).toBe(true)
    expect(isTrustedSender({ url: 'app://tidemark/index.html', isMainFrame: false })).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false)
    expect(isTrustedSender({ url: 'app://tidemark.evil/', isMainFrame: true })).toBe(false)
    expect(isTrustedSender({ url: 'file:///index.html', isMainFrame: true })).toBe(false)
    expect(isTrustedSender({ url: '', isMainFrame: true })).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
  })
})
