import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { PlatformPackager, type Configuration } from 'app-builder-lib'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { beforeAll, describe, expect, it } from 'vitest'

const projectRoot = resolve(__dirname, '../..')

/** The fuse table electron-builder will write into the Electron binary, keyed by FuseV1Options. */
type FuseTable = Partial<Record<FuseV1Options, boolean>> & { version: FuseVersion }

let config: Configuration
/** The file as written, copied before electron-builder's loader normalizes it in place. */
let written: Configuration
let fuses: FuseTable

beforeAll(async () => {
  written = structuredClone(createRequire(__filename)('../../electron-builder.js') as Configuration)
  // Read the way `electron-builder` reads it: from the project folder, no --config.
  config = await getConfig(projectRoot, null, null)
  const electronFuses = config.electronFuses
  if (!electronFuses) throw new Error('the packaging config sets no electronFuses')
  // electron-builder's own translation of electronFuses into @electron/fuses' table. It uses
  // nothing of the packager it belongs to, so it is called on its own here.
  const generate = (
    PlatformPackager.prototype as unknown as {
      generateFuseConfig: (options: typeof electronFuses) => Promise<FuseTable>
    }
  ).generateFuseConfig
  fuses = await generate(electronFuses)
}, 30_000)

describe('packaging (electron-builder)', () => {
  it('is configured by electron-builder.js alone', () => {
    const others = ['yml', 'yaml', 'json', 'json5', 'toml', 'cjs', 'ts'].map(
      (extension) => `electron-builder.${extension}`,
    )
    expect(others.filter((name) => existsSync(join(projectRoot, name)))).toEqual([])
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      build?: unknown
    }
    expect(pkg.build).toBeUndefined()
    expect(config.appId).toBe('app.tidemark.desktop')
  })

  it('ships the built app and package.json only, inside an asar', () => {
    // As written, and as electron-builder normalizes it (one file set, no other sources).
    expect(written.files).toEqual(['out/**', 'package.json'])
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }])
    expect(config.asar).toBe(true)
    expect(config.extraFiles ?? null).toBeNull()
    expect(config.extraResources ?? null).toBeNull()
  })

  it('flips the release fuses (Electron security checklist item 19)', () => {
    expect(fuses.version).toBe(FuseVersion.V1)
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false)
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
  })

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS, and publishes nothing', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.mac?.hardenedRuntime).toBe(true)
    expect(config.publish).toBeNull()
  })

  it('packages the Electron version the app is built and tested against', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
      main: string
    }
    expect(pkg.devDependencies['electron']).toMatch(/^\d+\.\d+\.\d+$/)
    // "main" must be inside what ships.
    expect(pkg.main.startsWith('out/')).toBe(true)
  })
})
