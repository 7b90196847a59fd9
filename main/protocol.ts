import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { APP_SCHEME, resolveAppFileOnDisk } from './app-origin'
import { CONTENT_SECURITY_POLICY } from './csp'

/** Must run before the app is ready: a standard, secure scheme gets a real origin for IndexedDB. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/** Serves the built renderer folder, and nothing outside it, on app://tidemark/. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = await resolveAppFileOnDisk(request.url, rendererDir)
    if (file === null) return new Response('Not found', { status: 404 })
    let response: Response
    try {
      response = await net.fetch(pathToFileURL(file).toString())
    } catch {
      // A missing file makes net.fetch reject: answer 404 as a server would.
      return new Response('Not found', { status: 404 })
    }
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })
}
