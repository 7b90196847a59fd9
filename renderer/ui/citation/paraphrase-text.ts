/** `"推理加速" / "推理加速"`: a word given in Traditional and Simplified script, one pair. */
const SCRIPT_PAIR = /"([^"]+)" \/ "([^"]+)"/g

/**
 * A paraphrase as the interface shows it: a word the article writes the same in both scripts is
 * named once ('the quote names "推理加速"'), not twice ('"推理加速" / "推理加速"'); a pair that
 * differs ('"調優" / "调优"') stays a pair.
 */
export function paraphraseText(text: string): string {
  return text.replace(SCRIPT_PAIR, (pair, traditional: string, simplified: string) =>
    traditional === simplified ? `"${traditional}"` : pair,
  )
}
