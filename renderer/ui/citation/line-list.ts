import type { UiLanguage } from '../i18n/i18n'

/**
 * "31、32" in Chinese (「原文第 31、32 行」), "L31, L32" in English, as each names lines: in the
 * article's order, whichever line a citation quotes first (「原文第 12、11 行」 read as a slip).
 */
export function lineList(lines: readonly number[], language: UiLanguage): string {
  const ordered = [...lines].sort((a, b) => a - b)
  return language === 'zh-CN'
    ? ordered.map(String).join('、')
    : ordered.map((line) => `L${String(line)}`).join(', ')
}
