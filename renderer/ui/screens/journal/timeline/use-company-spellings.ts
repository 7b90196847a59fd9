import { useEffect, useState } from 'react'
import type { TidemarkDatabase } from '../../../../data/db'
import { companiesInJournal } from '../../../../data/repositories/journal-query'
import { companyKey } from '../../../../domain/journal/search-figures'

const HAN = /\p{Script=Han}/u

/**
 * The company names in the journal that are `company` in the other script of Chinese (錦江智算
 * for 锦江智算), so the timeline filtered by a company from the job search lists every entry
 * its count took in (trial 22 #2). Worked out beside the timeline's live query, not in it: a
 * worker's answer awaited there lost the query its updates (Dexie follows its own promises
 * only). Read again when `revision` changes (a write to the journal). Empty for a name with no
 * Chinese, and until the answers come (the name is then matched as written).
 */
export function useCompanySpellings(
  db: TidemarkDatabase,
  company: string | undefined,
  revision: number,
  foldNames: (texts: readonly string[]) => Promise<string[]>,
): readonly string[] {
  const [found, setFound] = useState<{ asked: string; spellings: string[] } | null>(null)
  const asked = company !== undefined && HAN.test(company) ? company : undefined
  useEffect(() => {
    if (asked === undefined) return
    let live = true
    void companiesInJournal(db)
      .then(async (names) => {
        const han = names.filter((name) => HAN.test(name))
        const folded = await foldNames([asked, ...han])
        const wanted = companyKey(folded[0] ?? asked)
        return han.filter((name, index) => companyKey(folded[index + 1] ?? name) === wanted)
      })
      .then((spellings) => {
        if (live) setFound({ asked, spellings })
      })
    return () => {
      live = false
    }
  }, [db, asked, revision, foldNames])
  return asked !== undefined && found?.asked === asked ? found.spellings : NONE
}

const NONE: readonly string[] = []
