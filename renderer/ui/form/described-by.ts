/** The ids a control points at with aria-describedby, in reading order, or undefined for none. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined || undefined
}

/** What a labelled control carries so the label, its descriptions and its error reach it. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/**
 * The id, aria-invalid and aria-describedby of the control `id`: the descriptions read before
 * its hint (`before`: a match, an explanation), its hint (`${id}-hint`), those outside the field
 * (`after`: a shared hint, a warning), then its error (`${id}-error`).
 */
export function fieldControlProps(
  id: string,
  {
    hint = false,
    error,
    before = [],
    after = [],
  }: {
    hint?: boolean
    error?: string | undefined
    before?: readonly (string | false | undefined | null)[] | undefined
    after?: readonly (string | false | undefined | null)[] | undefined
  },
): FieldControlProps {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(
      ...before,
      hint && `${id}-hint`,
      ...after,
      error && `${id}-error`,
    ),
  }
}
