import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

const root = join(__dirname, '..', '..')
const binaryPresent = existsSync(join(root, 'node_modules', 'electron', 'path.txt'))

const SKIP_REASON =
  'Electron’s binary is not installed (node_modules/electron/path.txt is missing); run `npx install-electron` where the network allows.'

// The list reporter marks a skip with "-" only: say why in the run's output too.
if (!binaryPresent && !process.env['TEST_WORKER_INDEX'])
  console.log(`Electron test skipped: ${SKIP_REASON}`)

test.describe('the real Electron app', () => {
  test.skip(!binaryPresent, SKIP_REASON)

  test('opens its window from app://tidemark/ with a locked-down renderer', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'tidemark-electron-'))
    const app = await electron.launch({
      args: [join(root, 'out', 'main', 'index.js')],
      env: { ...process.env, TIDEMARK_USER_DATA: userData },
    })
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('navigation')).toBeVisible()
      expect(window.url()).toBe('app://tidemark/index.html')
      const surface = await window.evaluate(() => ({
        api: Object.keys((window as unknown as { tidemark: object }).tidemark).sort(),
        hasRequire: typeof (window as unknown as { require?: unknown }).require,
        hasProcess: typeof (window as unknown as { process?: unknown }).process,
      }))
      expect(surface).toEqual({
        api: [
          'getAppInfo',
          'listBackups',
          'onBackupRequested',
          'openExternal',
          'openTextFile',
          'printToPdf',
          'readBackup',
          'saveTextFile',
          'showNotification',
          'writeBackup',
        ],
        hasRequire: 'undefined',
        hasProcess: 'undefined',
      })
      const info = await window.evaluate(() =>
        (
          window as unknown as { tidemark: { getAppInfo(): Promise<unknown> } }
        ).tidemark.getAppInfo(),
      )
      expect(info).toMatchObject({ ok: true })
      await expect(window.getByText('Desktop app').or(window.getByText('桌面应用'))).toBeVisible()
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  })
})
