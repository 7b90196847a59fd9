import type { UiLanguage } from '../i18n/i18n'

/**
 * The sentence behind a reason on the printed page: the article's words as written (繁體; none
 * for a law) and their rendering in the reader's language, 简体 in Chinese, the English
 * paraphrase otherwise. One for every printed reason: the self-assessment's, the pick's and an
 * offer's.
 */
export function ArticleQuote({
  words,
  rendering,
  language,
}: {
  words: string | null
  rendering: string
  language: UiLanguage
}) {
  return (
    <blockquote>
      {words !== null ? <p lang="zh-Hant">{words}</p> : null}
      <p lang={language === 'zh-CN' ? 'zh-Hans' : 'en'}>{rendering}</p>
    </blockquote>
  )
}
