import type { TFunction } from 'i18next'
import type { Ruleset } from '../../../domain/ruleset/ruleset-schema'
import { jsonErrorLine } from '../../../data/transfer/json-error-line'
import type { OverridesFileProblem } from '../../../data/transfer/overrides-file'
import type { UiLanguage } from '../../i18n/i18n'
import { issueMessage, issueWhere } from './rule-text'

/**
 * Why an overrides file was refused, in the user's language: a sentence, then where, one a line.
 * `text` is the file's (to say where JSON breaks); `labelOf` names a field as the screen does.
 */
export function fileProblemText(
  t: TFunction,
  problem: OverridesFileProblem,
  ruleset: Ruleset,
  language: UiLanguage,
  context: { text?: string; labelOf?: (path: string) => string | undefined } = {},
): { summary: string; details: string[] } {
  const key = 'rules.file.problem' as const
  const only = (summary: string) => ({ summary, details: [] })
  switch (problem.code) {
    case 'too-large':
      return only(
        t(`${key}.too-large`, {
          size: Math.ceil(problem.bytes / 1048576),
          limit: Math.floor(problem.limit / 1048576),
        }),
      )
    case 'not-json': {
      // The parser's own words ("Expected ',' or '}' after property value") help no one here.
      const line = jsonErrorLine(problem.detail, context.text)
      return only(line === undefined ? t(`${key}.not-json`) : t(`${key}.not-json-line`, { line }))
    }
    case 'too-deep':
      return only(t(`${key}.too-deep`, { path: problem.path || '/' }))
    case 'forbidden-key':
      return only(t(`${key}.forbidden-key`, { path: problem.path || '/', key: problem.key }))
    case 'string-too-long':
      return only(t(`${key}.string-too-long`, { path: problem.path }))
    case 'not-overrides-file':
      return only(t(`${key}.not-overrides-file`))
    case 'newer-version':
      return only(
        t(`${key}.newer-version`, { version: problem.version, supported: problem.supported }),
      )
    case 'other-ruleset':
      return only(
        problem.rulesetVersion === null
          ? t(`${key}.other-ruleset-unknown`, { expected: problem.expected })
          : t(`${key}.other-ruleset`, {
              version: problem.rulesetVersion,
              expected: problem.expected,
            }),
      )
    case 'invalid':
      return {
        summary: t(`${key}.invalid`),
        details: problem.issues.map((issue) =>
          t('rules.issue.line', {
            where: issueWhere(t, ruleset, issue, language, context.labelOf),
            message: issueMessage(t, issue),
          }),
        ),
      }
  }
}
