import type { TFunction } from 'i18next'
import { ImportRefused } from '../../../data/transfer/import-problems'
import { PlatformError } from '../../../platform'
import { importProblemText } from './import-problem-text'

/** What went wrong with an export, an import, a backup or a restore, in one sentence. */
export function transferFailureText(t: TFunction, error: unknown): string {
  if (error instanceof ImportRefused) return importProblemText(t, error.problem)
  if (error instanceof PlatformError) {
    return t(`errors.ipc.${error.error.code}`, { detail: error.error.detail })
  }
  return t('data.failed', { detail: error instanceof Error ? error.message : String(error) })
}
