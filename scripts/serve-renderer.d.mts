// Types for scripts/serve-renderer.mjs, which stays plain JavaScript so Node runs it uncompiled.
export declare const DEFAULT_PORT: number
export declare function serveRenderer(
  port?: number,
): Promise<{ url: string; close: () => Promise<void> }>
