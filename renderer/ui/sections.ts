/** The app's sections, in navigation order. The id is also the URL hash (#/skills). */
export const SECTIONS = ['dashboard', 'skills', 'offers', 'journal', 'settings'] as const
export type SectionId = (typeof SECTIONS)[number]

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '')
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'dashboard'
}
