/** The Vite plugin that serves hashed build files as immutable (see immutable-assets.mjs). */
export declare const immutableAssets: import('vite').Plugin
