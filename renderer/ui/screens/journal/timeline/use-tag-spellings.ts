import { useEffect, useMemo, useState } from 'react'
import { hasHan, type FoldNames } from '../../../../data/company-script'
import { tagKey } from '../entry/tag-spelling'
import { tagSpellings } from './filter-options'

/**
 * The spellings in use of the filter's `tag` (面試 for 面试: one tag, trial 22 #5), worked out
 * with the fold's own answers: the highlighting fold (use-fold.ts) answers a text as written
 * until the worker has folded it, which counted the tag's own spelling alone, or said "no tag
 * 面試", until it had (review 33 M3). Empty for no tag; undefined while `tags` (those in use)
 * are read, and for a Chinese tag until the fold answers for it, so the timeline counts nothing
 * rather than something wrong. A tag with no Chinese needs no fold (case and width only).
 * When the tags in use change the last answer for the tag stands until the next comes.
 */
export function useTagSpellings(
  tags: readonly string[] | undefined,
  tag: string | undefined,
  foldNames: FoldNames,
): readonly string[] | undefined {
  const folds = tag !== undefined && hasHan(tagKey(tag))
  const tagsKey = tags === undefined ? undefined : JSON.stringify(tags)
  const [found, setFound] = useState<{ tag: string; spellings: string[] } | null>(null)
  useEffect(() => {
    if (!folds || tagsKey === undefined) return
    const inUse = JSON.parse(tagsKey) as string[]
    const texts = [...new Set([tag, ...inUse].map((each) => tagKey(each)).filter(hasHan))]
    let live = true
    // A fold that fails matches the tags as written rather than counting for ever.
    void foldNames(texts)
      .catch(() => texts)
      .then((answers) => {
        if (!live) return
        const folded = new Map(texts.map((text, index) => [text, answers[index] ?? text]))
        setFound({
          tag,
          spellings: tagSpellings(inUse, tag, (text) => folded.get(text) ?? text),
        })
      })
    return () => {
      live = false
    }
  }, [folds, tag, tagsKey, foldNames])
  const plain = useMemo(
    () => (tag !== undefined && !folds && tags ? tagSpellings(tags, tag) : undefined),
    [tag, folds, tags],
  )
  if (tag === undefined) return NONE
  if (tags === undefined) return undefined
  if (!folds) return plain
  return found?.tag === tag ? found.spellings : undefined
}

const NONE: readonly string[] = []
