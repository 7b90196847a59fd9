// Types for scripts/chromium.mjs, which stays plain JavaScript so Node runs it uncompiled.
export declare const DEBIAN_CHROMIUM: string
export declare const CHROMIUM_PATH: string | undefined
export declare const CHROMIUM_ARGS: string[]
