import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * "Reset every rule to its default…", asked once more before anything is removed. Focus moves to the
 * question and back, so a keyboard user is always where the choice is.
 */
export function ResetAllButton({
  label,
  busy,
  onResetAll,
}: {
  label: string
  busy: boolean
  onResetAll: () => Promise<void>
}) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const close = () => {
    setConfirming(false)
    setTimeout(() => openRef.current?.focus(), 0)
  }
  return (
    <>
      <button
        type="button"
        className="danger"
        ref={openRef}
        disabled={busy || confirming}
        onClick={() => {
          setConfirming(true)
          setTimeout(() => confirmRef.current?.focus(), 0)
        }}
      >
        {label}
      </button>
      {confirming ? (
        <div className="confirm rules-confirm" role="group" aria-label={label}>
          <p>{t('rules.resetAll.confirm')}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              ref={confirmRef}
              disabled={busy}
              onClick={() => {
                void onResetAll().then(close)
              }}
            >
              {t('rules.resetAll.yes')}
            </button>
            <button type="button" onClick={close}>
              {t('rules.resetAll.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  )
}
