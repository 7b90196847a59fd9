import type { TFunction } from 'i18next'
import type { Ruleset } from '../../../domain/ruleset/ruleset-schema'
import type { OverridesFileProblem } from '../../../data/transfer/overrides-file'
import type { UiLanguage } from '../../i18n/i18n'
import { issueMessage, issueWhere } from './rule-text'

/** Why an overrides file was refused, in the user's language: a sentence, then where, line by line. */
export function fileProblemLines(
  t: TFunction,
  problem: OverridesFileProblem,
  ruleset: Ruleset,
  language: UiLanguage,
): string[] {
  const key = 'rules.file.problem' as const
  switch (problem.code) {
    case 'too-large':
      return [
        t(`${key}.too-large`, {
          size: Math.ceil(problem.bytes / 1048576),
          limit: Math.floor(problem.limit / 1048576),
        }),
      ]
    case 'not-json':
      return [t(`${key}.not-json`, { detail: problem.detail })]
    case 'too-deep':
      return [t(`${key}.too-deep`, { path: problem.path || '/' })]
    case 'forbidden-key':
      return [t(`${key}.forbidden-key`, { path: problem.path || '/', key: problem.key })]
    case 'string-too-long':
      return [t(`${key}.string-too-long`, { path: problem.path })]
    case 'not-overrides-file':
      return [t(`${key}.not-overrides-file`)]
    case 'newer-version':
      return [t(`${key}.newer-version`, { version: problem.version, supported: problem.supported })]
    case 'other-ruleset':
      return [
        problem.rulesetVersion === null
          ? t(`${key}.other-ruleset-unknown`, { expected: problem.expected })
          : t(`${key}.other-ruleset`, {
              version: problem.rulesetVersion,
              expected: problem.expected,
            }),
      ]
    case 'invalid':
      return [
        t(`${key}.invalid`),
        ...problem.issues.map(
          (issue) => `${issueWhere(t, ruleset, issue, language)}: ${issueMessage(t, issue)}`,
        ),
      ]
  }
}
