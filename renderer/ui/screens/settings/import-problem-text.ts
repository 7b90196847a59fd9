import '../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import type { TFunction } from 'i18next'
import type { ImportProblem } from '../../../data/transfer/import-problems'
import { importIssueText } from './import-issue-text'

/** One sentence, in the user's language, saying why a file was refused and where. */
export function importProblemText(t: TFunction, problem: ImportProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('data.problem.too-large', {
        size: Math.ceil(problem.bytes / 1048576),
        limit: Math.floor(problem.limit / 1048576),
      })
    case 'not-utf8':
    case 'empty':
    case 'not-tidemark':
      return t(`data.problem.${problem.code}`)
    case 'not-json':
      // Not the parser's own words (English in every interface): where the file breaks.
      return problem.line === undefined
        ? t('data.problem.not-json')
        : t('data.problem.not-json-line', { line: problem.line })
    case 'too-deep':
      return t('data.problem.too-deep', { path: problem.path || '/', limit: problem.limit })
    case 'forbidden-key':
      return t('data.problem.forbidden-key', { path: problem.path || '/', key: problem.key })
    case 'string-too-long':
      return t('data.problem.string-too-long', { path: problem.path, limit: problem.limit })
    case 'newer-version':
      return t('data.problem.newer-version', {
        version: problem.version,
        supported: problem.supported,
      })
    case 'invalid': {
      const lines = problem.issues.map((issue) => importIssueText(t, issue))
      const more = problem.more > 0 ? [t('data.problem.more', { count: problem.more })] : []
      return [
        t('settings.transfer.problem.invalid'),
        ...lines,
        ...more,
        t('settings.transfer.problem.whatToDo'),
      ].join('\n')
    }
  }
}
