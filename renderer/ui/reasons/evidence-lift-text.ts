import type { TFunction } from 'i18next'
import type { EvidenceEntry } from '../../data/repositories/evidence'
import type { UiLanguage } from '../i18n/i18n'

/** The entry a lifted cap is said to rest on: the newest evidence (the list comes newest first). */
export function liftingEntry(entries: readonly EvidenceEntry[]): EvidenceEntry | undefined {
  return entries[0]
}

const dayFormats = new Map<UiLanguage, Intl.DateTimeFormat>()

/** A stored calendar day as the reasons say it: "Nov 12, 2026" / "2026年11月12日". */
function evidenceDay(isoDate: string, language: UiLanguage): string {
  let format = dayFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
    dayFormats.set(language, format)
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`))
}

/**
 * On a skill whose unevidenced level a journal entry lets count in full: "Counted at level 3.
 * Evidence: 'Shipped vLLM serving for search' (journal, Nov 12, 2026) lifts the cap."
 */
export function evidenceLiftText(
  entries: readonly EvidenceEntry[],
  level: number,
  t: TFunction,
  language: UiLanguage,
): string | null {
  const entry = liftingEntry(entries)
  if (!entry) return null
  const values = { level, title: entry.title, date: evidenceDay(entry.date, language) }
  return entries.length > 1
    ? t('journalProgress.evidence.liftMore', { ...values, count: entries.length - 1 })
    : t('journalProgress.evidence.lift', values)
}

/** A domain reason with the entry that lifted its cap: "…, counted in full; Evidence: '…'
 *  (journal, Nov 12, 2026) lifts the cap". */
export function sentenceWithLift(
  sentence: string,
  entry: EvidenceEntry,
  t: TFunction,
  language: UiLanguage,
): string {
  const lift = t('journalProgress.evidence.reasonLift', {
    title: entry.title,
    date: evidenceDay(entry.date, language),
  })
  return t('journalProgress.evidence.reasonWithLift', { sentence, lift })
}
