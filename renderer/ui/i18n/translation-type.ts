/** Strings with the same keys as the English object, any text: what every language must fill. */
export type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> }
