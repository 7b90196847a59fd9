/// <reference types="vite/client" />

/** package.json's version, defined at build (electron.vite.config.ts) and in tests. */
declare const __APP_VERSION__: string
