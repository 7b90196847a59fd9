// A Vite preview-server plugin; its own module, since serve-renderer.mjs has a top-level await
// that tsx cannot load from the CommonJS bench scripts.
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
