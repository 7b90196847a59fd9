/**
 * zod without `new Function`: our Content-Security-Policy forbids eval, and zod's first object
 * parse probes for it with a caught `new Function("")`, which Chromium still reports as a
 * `securitypolicyviolation` (script-src) and logs. zod's `jitless` setting skips the probe and
 * its compiled fast path. Set here, before zod loads, in the object zod keeps its global
 * settings in (`z.config` writes the same object; zod adopts one that exists): so the start,
 * which does not load zod, need not import it to configure it. Imported first by main.tsx and
 * by each worker's entry.
 */

declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined
}

globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true }

export {}
