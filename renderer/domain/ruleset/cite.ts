import type { Assumption, Citation } from './citation'

/** A citation of the article: lines, the verbatim quote, its Simplified rendering, an English paraphrase. */
export function article(
  lines: number[],
  quote: string,
  quoteZhHans: string,
  paraphraseEn: string,
): Citation {
  return { source: 'article', lines, quote, quoteZhHans, paraphraseEn }
}

export function law(reference: string, summaryZhHans: string, summaryEn: string): Citation {
  return { source: 'law', reference, summaryZhHans, summaryEn }
}

export function assumption(noteEn: string, noteZhHans: string): Assumption {
  return { noteEn, noteZhHans }
}
