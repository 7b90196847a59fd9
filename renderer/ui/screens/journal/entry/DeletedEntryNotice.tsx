import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry } from '../../../../data/records'
import { sentenceGap } from '../../../format/sentence-gap'
import type { UiLanguage } from '../../../i18n/i18n'
import { useServices } from '../../../services'
import { forgetDeleted, lastDeleted, offerUndo, onDeletedChange } from './deleted-entry'
import './deleted-entry-notice.css'

type Said =
  | { kind: 'restored'; entry: StoredJournalEntry; droppedLinks: number }
  | { kind: 'failed'; entry: StoredJournalEntry; detail: string }
  | undefined

/**
 * The journal's live line for a deleted entry: "Deleted “…”." with Undo, which puts the entry
 * back exactly (restoreJournalEntry: the record, its links and evidence, in one transaction;
 * links to a skill or offer deleted since, in another window, are left out and said) and says
 * so with a link to it. Mounted once by the journal screen, above its views, so it
 * is in the page before it speaks and outlives the entry's page; leaving the journal ends the
 * offer.
 */
export function DeletedEntryNotice() {
  const { t, i18n } = useTranslation()
  const { db } = useServices()
  const entry = useSyncExternalStore(onDeletedChange, lastDeleted)
  const [said, setSaid] = useState<Said>()
  const undoButton = useRef<HTMLButtonElement>(null)
  const openLink = useRef<HTMLAnchorElement>(null)
  // While this line is mounted, a delete is offered Undo; leaving the journal ends the offer.
  useEffect(() => {
    const withdraw = offerUndo()
    return () => {
      withdraw()
      forgetDeleted()
    }
  }, [])
  // Focus goes to Undo as it appears (the deleted entry's page, which had it, is gone), then to
  // the restored entry's link. A deletion is said over anything said before it.
  useEffect(() => {
    if (entry) undoButton.current?.focus()
  }, [entry])
  useEffect(() => {
    if (said?.kind === 'restored') openLink.current?.focus()
  }, [said])

  async function undo(deletedEntry: StoredJournalEntry) {
    forgetDeleted()
    try {
      // Loaded on use: the timeline, which shows this line, does not need the checks.
      const { restoreJournalEntry } = await import('../../../../data/repositories/journal')
      const { droppedLinks } = await restoreJournalEntry(db, deletedEntry)
      setSaid({ kind: 'restored', entry: deletedEntry, droppedLinks })
    } catch (cause) {
      setSaid({
        kind: 'failed',
        entry: deletedEntry,
        detail: cause instanceof Error ? cause.message : String(cause),
      })
    }
  }

  return (
    <p
      role="status"
      className={said?.kind === 'failed' ? 'status error je-deleted' : 'status je-deleted'}
    >
      {entry ? (
        <>
          {t('journalEntry.undo.deleted', { title: entry.title })}{' '}
          <button
            type="button"
            ref={undoButton}
            aria-label={t('journalEntry.undo.named', { title: entry.title })}
            onClick={() => void undo(entry)}
          >
            {t('journalEntry.undo.button')}
          </button>
        </>
      ) : said?.kind === 'restored' ? (
        <>
          {said.droppedLinks === 0
            ? t('journalEntry.undo.restored', { title: said.entry.title })
            : t('journalEntry.undo.restoredWithoutLinks', {
                title: said.entry.title,
                count: said.droppedLinks,
              })}
          {sentenceGap(i18n.language as UiLanguage)}
          <a ref={openLink} href={`#/journal/${encodeURIComponent(said.entry.id)}`}>
            {t('journalEntry.undo.open')}
          </a>
        </>
      ) : said?.kind === 'failed' ? (
        t('journalEntry.undo.failed', { title: said.entry.title, detail: said.detail })
      ) : null}
    </p>
  )
}
