// Serves the built renderer (out/renderer) on 127.0.0.1 at a fixed port, for browser mode and
// for the end-to-end tests. The port is fixed because IndexedDB is bound to the origin: a new
// port would be a new, empty database to the user.
import { fileURLToPath } from 'node:url'
import { preview } from 'vite'

export const DEFAULT_PORT = 47821
const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Hashed build files (`…/assets/<name>-<hash>.<ext>`) never change under their name, so they are
 * served as immutable, as any production static server would, and as Electron's app:// protocol
 * reads them straight from disk; Vite's preview server otherwise marks every file no-cache, and
 * each page load asks the server again for each of the app's ~30 start chunks (150-280 ms in a
 * profile). index.html and unhashed files stay no-cache. A Vite plugin, for every preview server
 * that serves a build (browser mode, the e2e tests, the benchmarks' site).
 */
export const immutableAssets = {
  name: 'tidemark-immutable-assets',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      const path = (request.url ?? '').split('?')[0]
      if (/\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(path)) {
        const setHeader = response.setHeader.bind(response)
        response.setHeader = (name, value) =>
          setHeader(
            name,
            name.toLowerCase() === 'cache-control' ? 'public, max-age=31536000, immutable' : value,
          )
      }
      next()
    })
  },
}

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
