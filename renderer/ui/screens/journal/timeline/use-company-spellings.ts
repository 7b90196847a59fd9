import { useEffect, useState } from 'react'
import type { TidemarkDatabase } from '../../../../data/db'
import { companyScriptKey, hasHan, type FoldNames } from '../../../../data/company-script'
import { companiesInJournal } from '../../../../data/repositories/journal-query'

/**
 * The company names in the journal that are `company` in the other script of Chinese (錦江智算
 * for 锦江智算), so the timeline filtered by a company from the job search lists every entry
 * its count took in (trial 22 #2). Worked out beside the timeline's live query, not in it: a
 * worker's answer awaited there lost the query its updates (Dexie follows its own promises
 * only). Read again when `revision` changes (a write to the journal), the last answer kept
 * meanwhile. Empty for no company or a name with no Chinese; undefined until the fold first
 * answers for the name asked, so the timeline counts nothing rather than the name as written
 * ("1 of 3" before "2 of 3", review 33 M3).
 */
export function useCompanySpellings(
  db: TidemarkDatabase,
  company: string | undefined,
  revision: number,
  foldNames: FoldNames,
): readonly string[] | undefined {
  const [found, setFound] = useState<{ asked: string; spellings: string[] } | null>(null)
  const asked = company !== undefined && hasHan(company) ? company : undefined
  useEffect(() => {
    if (asked === undefined) return
    let live = true
    void companiesInJournal(db)
      .then(async (names) => {
        const texts = [asked, ...names.filter(hasHan)]
        // A fold that fails matches the names as written rather than counting for ever.
        const answers = await foldNames(texts).catch(() => texts)
        const folded = new Map(texts.map((text, index) => [text, answers[index] ?? text]))
        const wanted = companyScriptKey(asked, folded)
        return texts.slice(1).filter((name) => companyScriptKey(name, folded) === wanted)
      })
      .catch(() => [])
      .then((spellings) => {
        if (live) setFound({ asked, spellings })
      })
    return () => {
      live = false
    }
  }, [db, asked, revision, foldNames])
  if (asked === undefined) return NONE
  return found?.asked === asked ? found.spellings : undefined
}

const NONE: readonly string[] = []
