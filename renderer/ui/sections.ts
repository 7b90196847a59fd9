/** The app's sections, in navigation order. The id is also the URL hash (#/skills). */
export const SECTIONS = ['dashboard', 'skills', 'offers', 'journal', 'rules', 'settings'] as const
export type SectionId = (typeof SECTIONS)[number]

/** The section of a hash such as #/skills or #/journal?kind=interview (a screen's own state
 *  may follow the section's name). */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/, 1)[0] ?? ''
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'dashboard'
}
