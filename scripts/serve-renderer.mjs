// Serves the built renderer (out/renderer) on 127.0.0.1 at a fixed port, for browser mode and
// for the end-to-end tests. The port is fixed because IndexedDB is bound to the origin: a new
// port would be a new, empty database to the user.
import { fileURLToPath } from 'node:url'
import { preview } from 'vite'
import { immutableAssets } from './immutable-assets.mjs'

export const DEFAULT_PORT = 47821
const root = fileURLToPath(new URL('..', import.meta.url))

/** Starts the server; resolves to { url, close }. */
export async function serveRenderer(port = DEFAULT_PORT) {
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [immutableAssets],
    build: { outDir: 'out/renderer' },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  })
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}

// Run directly (the e2e tests' web server): serve until stopped.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.TIDEMARK_PORT ?? DEFAULT_PORT)
  const { url, close } = await serveRenderer(port)
  console.log(`Tidemark renderer on ${url}`)
  const stop = () => void close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
