import { Fragment, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isMac, keyLabel, scopesOf, SHORTCUTS, type Chord, type ShortcutScope } from './shortcuts'
import { isTextEntry } from './text-entry'
import './help.css'

/**
 * The keyboard help: a header button and `?` (when the cursor is not in a text field) open a
 * modal listing every shortcut in SHORTCUTS. The native <dialog> keeps focus inside; Escape or
 * Close shuts it and focus goes back where it was.
 */
export function KeyboardHelp() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)
  const titleId = useId()

  const show = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setOpen(true)
  }, [])

  // In the commit that draws the first screen, as the quick entry's Alt+J (see QuickEntry).
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.defaultPrevented || isTextEntry(event.target)) return
      if (event.target instanceof Element && event.target.closest('dialog')) return
      event.preventDefault()
      show()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [show])

  useEffect(() => {
    const dialog = dialogRef.current
    if (!open || !dialog) return
    if (!dialog.open) dialog.showModal()
    closeRef.current?.focus()
  }, [open])

  const close = () => {
    dialogRef.current?.close()
  }

  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className="help-button"
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
        onClick={show}
      >
        {t('help.open')} <kbd aria-hidden="true">?</kbd>
      </button>
      {open ? (
        <dialog
          ref={dialogRef}
          className="help-dialog"
          aria-labelledby={titleId}
          onClose={() => {
            setOpen(false)
            // Opened with ? while nothing had focus (the page's body): give focus to the button
            // that opens the list, not back to the body, where the place would be lost.
            const back = returnTo.current
            if (back && back !== document.body && back.isConnected) back.focus()
            else openerRef.current?.focus()
          }}
          onKeyDown={(event) => {
            // The browser closes a modal on Escape itself; doing it here too keeps one path
            // (and works where the dialog's own handling is missing).
            if (event.key !== 'Escape') return
            event.preventDefault()
            close()
          }}
          onClick={(event) => {
            // A click on the backdrop lands on the dialog element itself.
            if (event.target === event.currentTarget) close()
          }}
        >
          <div className="help-content">
            <div className="help-header">
              <h2 id={titleId}>{t('help.title')}</h2>
              <button type="button" ref={closeRef} onClick={close}>
                {t('help.close')}
              </button>
            </div>
            <p className="hint">{t('help.intro')}</p>
            <ShortcutTable />
          </div>
        </dialog>
      ) : null}
    </>
  )
}

function ShortcutTable() {
  const { t } = useTranslation()
  const mac = isMac(navigator)
  const scopeTitle = (scope: ShortcutScope) =>
    scope === 'everywhere' || scope === 'dialogs' || scope === 'forms'
      ? t(`help.scope.${scope}`)
      : t('help.scope.section', { section: t(`nav.${scope}`) })
  const chord = (keys: Chord) =>
    keys.map((key, index) => (
      <Fragment key={key}>
        {index > 0 ? '+' : null}
        <kbd>{keyLabel(key, mac)}</kbd>
      </Fragment>
    ))
  return (
    <table className="help-table">
      <thead>
        <tr>
          <th scope="col">{t('help.keys')}</th>
          <th scope="col">{t('help.action')}</th>
        </tr>
      </thead>
      {scopesOf(SHORTCUTS).map((scope) => (
        <tbody key={scope}>
          <tr>
            <th scope="colgroup" colSpan={2} className="help-scope">
              {scopeTitle(scope)}
            </th>
          </tr>
          {SHORTCUTS.filter((shortcut) => shortcut.scope === scope).map((shortcut) => (
            <tr key={`${shortcut.action}:${shortcut.section ?? ''}`}>
              <td>
                {shortcut.chords.map((keys, index) => (
                  <Fragment key={keys.join('+')}>
                    {index > 0 ? <span className="help-or"> {t('help.or')} </span> : null}
                    {chord(keys)}
                  </Fragment>
                ))}
              </td>
              <td>
                {t(`help.shortcuts.${shortcut.action}`, {
                  section: shortcut.section ? t(`nav.${shortcut.section}`) : '',
                })}
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  )
}
