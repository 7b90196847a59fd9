import { z } from 'zod'

/**
 * Where a rule comes from. Article rules quote the source verbatim (its Traditional script),
 * with a Simplified-Chinese rendering for the zh-CN interface and an English paraphrase; law
 * rules name the regulation. A figure the source does not give is an assumption, said so.
 * The schemas here are built when first used (z.lazy), as the ruleset's are: only a check of a
 * ruleset reads them, and building them at load cost every start time.
 */
export const articleCitationSchema = z.lazy(() =>
  z
    .object({
      source: z.literal('article'),
      /** Line numbers in shared/article (L14 = 14). */
      lines: z.array(z.number().int().positive()).min(1),
      /** Verbatim from the article, in its own script. */
      quote: z.string().min(1),
      quoteZhHans: z.string().min(1),
      paraphraseEn: z.string().min(1),
    })
    .strict(),
)

export const lawCitationSchema = z.lazy(() =>
  z
    .object({
      source: z.literal('law'),
      reference: z.string().min(1),
      summaryZhHans: z.string().min(1),
      summaryEn: z.string().min(1),
    })
    .strict(),
)

export const citationSchema = z.lazy(() =>
  z.discriminatedUnion('source', [articleCitationSchema, lawCitationSchema]),
)
export type Citation = z.infer<typeof citationSchema>

/** Marks a number the source does not give: the user may change it, and the UI says it is a guess. */
export const assumptionSchema = z.lazy(() =>
  z
    .object({
      noteEn: z.string().min(1),
      noteZhHans: z.string().min(1),
      /**
       * The values of the rule the article does give, as paths inside the rule ("raiseBand.high"):
       * the note covers the rule's other numbers. The Rules screen names a changed value's source
       * by it ("changed from the article's 20%" against "from Tidemark's default").
       */
      articleValues: z.array(z.string().min(1)).optional(),
    })
    .strict(),
)
export type Assumption = z.infer<typeof assumptionSchema>

/** A citation of the article: lines, the verbatim quote, its Simplified rendering, an English paraphrase. */
export function articleCitation(
  lines: number[],
  quote: string,
  quoteZhHans: string,
  paraphraseEn: string,
): Citation {
  return { source: 'article', lines, quote, quoteZhHans, paraphraseEn }
}

/** A citation of a law or regulation: its name, and what it says in Chinese and in English. */
export function lawCitation(reference: string, summaryZhHans: string, summaryEn: string): Citation {
  return { source: 'law', reference, summaryZhHans, summaryEn }
}

export function assumption(
  noteEn: string,
  noteZhHans: string,
  articleValues?: readonly string[],
): Assumption {
  return articleValues
    ? { noteEn, noteZhHans, articleValues: [...articleValues] }
    : { noteEn, noteZhHans }
}
