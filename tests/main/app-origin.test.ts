import { join, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTrustedSender, resolveAppFile } from '../../main/app-origin'

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
