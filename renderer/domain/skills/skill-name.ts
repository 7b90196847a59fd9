import { TRADITIONAL, TRADITIONAL_CHAR } from './traditional-chars'

/** Case, spaces, dots and dashes do not matter: "flash attention" finds FlashAttention; nor
 *  does the script of Chinese: "深度學習" finds 深度学习 (TRADITIONAL). */
export function normalizeSkillName(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s\-_.·()（）、,，]/g, '')
    .replace(TRADITIONAL_CHAR, (char) => TRADITIONAL.get(char) ?? char)
}
