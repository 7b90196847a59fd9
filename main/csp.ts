/**
 * The renderer's Content-Security-Policy. One string serves both places that enforce it:
 * the `<meta>` tag that the build writes into index.html (so the plain-browser mode is held
 * to the same policy) and the header that the app:// protocol handler sends in Electron.
 *
 * No remote origin anywhere: Tidemark never talks to the network. No 'unsafe-eval' and no
 * inline script. Inline style *attributes* set from React go through the CSSOM, which CSP's
 * style-src does not govern, so 'unsafe-inline' is not needed either.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ')
