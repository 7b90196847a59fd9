import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isDateNotComplete } from '../../../form/date-validity'
import { editDateRange, type DateBound, type DateRangeText } from './date-range'

export interface DateRangeFieldsProps {
  /** The filters' id, which the boxes' ids start with. */
  id: string
  /** The range applied (in the address). */
  from: string | undefined
  to: string | undefined
  onChange: (from: string | undefined, to: string | undefined) => void
}

interface Draft {
  shown: DateRangeText
  wrong: DateBound | null
  /** The applied range the draft was made over, and the one it asked for. */
  base: string
  sent: string
}

const rangeKey = (from: string | undefined, to: string | undefined) => `${from ?? ''}|${to ?? ''}`

/**
 * The timeline's From and To boxes. An end typed or picked before the start (or a start after
 * the end) stays in its box, said under it and marked invalid, and is not applied until fixed:
 * it used to be applied, then dropped by the address's check, which emptied the box and blamed
 * "the address" for what the user typed.
 */
export function DateRangeFields({ id, from, to, onChange }: DateRangeFieldsProps) {
  const { t } = useTranslation()
  const applied = rangeKey(from, to)
  const fresh = (): Draft => ({
    shown: { from: from ?? '', to: to ?? '' },
    wrong: null,
    base: applied,
    sent: applied,
  })
  const [kept, setKept] = useState(fresh)
  // The boxes holding a date that is not whole or not real (02/30/2026, 02/dd/2026): their value
  // is '', as an empty box's, so the range drops that bound; this says why (nineteenth trial).
  // Read from the box as it changes and as it is left: while it stays incomplete it sends no
  // change.
  const [incomplete, setIncomplete] = useState<readonly DateBound[]>([])
  function readBox(bound: DateBound, box: HTMLInputElement) {
    const now = isDateNotComplete(box)
    if (now === incomplete.includes(bound)) return
    setIncomplete(now ? [...incomplete, bound] : incomplete.filter((each) => each !== bound))
  }
  let draft = kept
  if (applied !== kept.base) {
    // The applied range changed: this draft's own edit arriving through the address (kept), or
    // a change from elsewhere (a link, Back, Clear all), which the boxes then show.
    draft = applied === kept.sent ? { ...kept, base: applied } : fresh()
    setKept(draft)
  }

  function edit(bound: DateBound, value: string) {
    const next = editDateRange(draft.shown, bound, value)
    setKept({
      shown: next.shown,
      wrong: next.wrong,
      base: draft.base,
      sent: rangeKey(next.applied.from, next.applied.to),
    })
    if (next.applied.from !== from || next.applied.to !== to) {
      onChange(next.applied.from, next.applied.to)
    }
  }

  const box = (bound: DateBound) => {
    const notComplete = incomplete.includes(bound)
    const wrong = notComplete || draft.wrong === bound
    const errorId = `${id}-${bound}-error`
    return (
      <div className="field">
        <label htmlFor={`${id}-${bound}`}>{t(`journalTimeline.filters.${bound}`)}</label>
        <input
          id={`${id}-${bound}`}
          type="date"
          value={draft.shown[bound]}
          // The picker offers only days on the right side of the other bound.
          {...(bound === 'from' ? { max: to } : { min: from })}
          aria-invalid={wrong ? true : undefined}
          aria-describedby={wrong ? errorId : undefined}
          onChange={(event) => {
            readBox(bound, event.target)
            edit(bound, event.target.value)
          }}
          onBlur={(event) => {
            readBox(bound, event.target)
          }}
        />
        {wrong && (
          <p id={errorId} className="field-error" role="alert">
            {t(
              notComplete
                ? 'journalTimeline.filters.dateNotComplete'
                : bound === 'to'
                  ? 'journalTimeline.filters.endBeforeStart'
                  : 'journalTimeline.filters.startAfterEnd',
            )}
          </p>
        )}
      </div>
    )
  }

  return (
    <>
      {box('from')}
      {box('to')}
    </>
  )
}
