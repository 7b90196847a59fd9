// @ts-check
/**
 * Packaging with electron-builder: installers for Linux (AppImage, deb), Windows (NSIS) and
 * macOS (dmg), from the built app only (out/ and package.json), with Electron's fuses flipped
 * for release. `npm run dist` builds them where Electron's binary can be fetched (not on the
 * offline build machines: see docs/security.md). tests/main/packaging.test.ts reads this file
 * and checks every fuse and the file list on every machine.
 *
 * @type {import('electron-builder').Configuration}
 */
const config = {
  appId: 'app.tidemark.desktop',
  productName: 'Tidemark',
  copyright: 'Copyright © 2026 Tidemark',
  directories: { output: 'dist', buildResources: 'build' },
  // The built main, preload and renderer, and package.json (its "main" points into out/).
  // Sources, tests, scripts and docs never ship. Production dependencies that main loads at
  // run time are added by electron-builder itself from package.json's "dependencies".
  files: ['out/**', 'package.json'],
  asar: true,
  // Fuses are switches compiled into the Electron binary, flipped when packaging: they close
  // ways to run code with the app's rights that no setting in main could close.
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.js interpreter.
    runAsNode: false,
    // NODE_OPTIONS could preload any script into main.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect / --inspect-brk would open a debugger on main to anyone who can start the app.
    enableNodeCliInspectArguments: false,
    // macOS and Windows check app.asar against the hash recorded at packaging time.
    enableEmbeddedAsarIntegrityValidation: true,
    // Only app.asar is loaded: no app/ folder or default_app beside it can be swapped in.
    onlyLoadAppFromAsar: true,
    // Cookies and other network-service data are encrypted at rest with the OS key store.
    enableCookieEncryption: true,
    // The page is served from app://tidemark, never file://: file: gets no extra privileges.
    grantFileProtocolExtraPrivileges: false,
  },
  // Nothing is uploaded anywhere: installers are written to dist/ only.
  publish: null,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Tidemark <tidemark@users.noreply.github.com>',
    synopsis: 'Plan an engineering career in the large-model era, offline',
  },
  deb: { packageCategory: 'utils' },
  win: { target: ['nsis'] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
}

module.exports = config
