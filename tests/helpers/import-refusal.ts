import { checkImportText } from '../../renderer/data/transfer/import'
import { ImportRefused } from '../../renderer/data/transfer/import-problems'
import { setZodMessages } from '../../renderer/data/zod-messages'
import { createI18n, type UiLanguage } from '../../renderer/ui/i18n/i18n'
import { importProblemText } from '../../renderer/ui/screens/settings/import-problem-text'

/**
 * An import file's refusal as the window shows it in `language`; zod checks in English, as a
 * worker told so does. Throws if the file is accepted.
 */
export async function importRefusal(file: object, language: UiLanguage): Promise<string> {
  const i18n = await createI18n(language)
  setZodMessages('en')
  try {
    checkImportText(JSON.stringify(file))
  } catch (error) {
    if (error instanceof ImportRefused) return importProblemText(i18n.t, error.problem)
    throw error
  }
  throw new Error('not refused')
}
