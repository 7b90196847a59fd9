import { useEffect, useRef } from 'react'
import { useHashPath } from '../../hooks/use-hash-path'
import { RULES_SECTIONS, sectionAnchor, type RulesSectionId } from './RulesLayout'

/** The section an address's path names ("tiers" of #/rules/tiers), or null. */
export function rulesSectionIn(path: string): RulesSectionId | null {
  const name = path.split('/', 1)[0] ?? ''
  return (RULES_SECTIONS as readonly string[]).includes(name) ? (name as RulesSectionId) : null
}

/**
 * Scrolls a section's heading to the top (below the sticky bar: its scroll-margin) and focuses
 * it, so keyboard and screen-reader users land there too. At once: there is no motion to reduce.
 */
export function showRulesSection(id: RulesSectionId): void {
  const heading = document.getElementById(`${sectionAnchor(id)}-title`)
  heading?.scrollIntoView({ block: 'start' })
  heading?.focus({ preventScroll: true })
}

/**
 * Shows the section the address names (#/rules/tiers, the "Change it on the Rules screen" links),
 * as the table of contents does, once the sections are drawn (`ready`): arriving from another
 * screen, starting on that address, or the address changing on this screen. Each address once:
 * the sections drawn again (the records read again) leave the page where the user took it. A
 * frame later, after App has focused the screen's heading, which it does on arrival (and which
 * would scroll back to the top).
 */
export function useSectionInAddress(ready: boolean): void {
  const path = useHashPath()
  const shownFor = useRef<string | null>(null)
  useEffect(() => {
    if (!ready || path === shownFor.current) return
    const frame = requestAnimationFrame(() => {
      shownFor.current = path
      const id = rulesSectionIn(path)
      if (id) showRulesSection(id)
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [path, ready])
}
