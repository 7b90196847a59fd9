import { useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldControlProps } from '../../../form/described-by'
import { ErrorText } from '../../../form/ErrorText'
import { useFold } from '../timeline/use-fold'
import { spellTags, tagKey, type TagFold } from './tag-spelling'

/**
 * What ends a tag as it is typed or pasted: a comma, full-width or not, and 、, the mark a
 * Chinese list is written with ("训练，推理、部署" was two tags, "推理、部署" one: trial 22 #8).
 */
const TAG_SEPARATOR = /[,，、]/

const MAX_SUGGESTIONS = 8

/**
 * The used tags that complete what is typed (prefix first), leaving out those already added;
 * case and full- or half-width do not matter (tagKey), nor, given a fold, the script: 面試 is
 * completed by the 面试 in use (trial 22 #5). A tag in use in both scripts is offered once, in
 * the script typed when it is one of them.
 */
export function tagSuggestions(
  used: readonly string[],
  added: readonly string[],
  typed: string,
  fold?: TagFold,
): string[] {
  const needle = tagKey(typed.trim(), fold)
  if (needle === '') return []
  const asTyped = tagKey(typed.trim())
  const taken = new Set(added.map((tag) => tagKey(tag, fold)))
  // One spelling for each tag: the first in use, or one in the script typed.
  const byKey = new Map<string, string>()
  for (const tag of used) {
    const key = tagKey(tag, fold)
    if (taken.has(key)) continue
    const kept = byKey.get(key)
    if (kept === undefined || (!tagKey(kept).includes(asTyped) && tagKey(tag).includes(asTyped))) {
      byKey.set(key, tag)
    }
  }
  const free = [...byKey.entries()]
  const starts = free.filter(([key]) => key.startsWith(needle))
  const contains = free.filter(([key]) => !key.startsWith(needle) && key.includes(needle))
  return [...starts, ...contains].map(([, tag]) => tag).slice(0, MAX_SUGGESTIONS)
}

/**
 * Tags as a row of chips and a combobox: typing lists the used tags that match (arrows move,
 * Enter takes the highlighted one or what is typed; a comma, leaving the field or saving the form
 * adds what is typed too), Backspace in the empty input removes the last tag, each chip has its
 * own remove button.
 */
export function TagsInput({
  value,
  onChange,
  used,
  error,
  flushRef,
  fold: givenFold,
}: {
  value: readonly string[]
  onChange: (tags: string[]) => void
  used: readonly string[]
  error: string | undefined
  /**
   * Set to a function that adds what is typed and not yet added: the form calls it as it saves,
   * so a tag left in the box is saved even when no blur added it (focus went to Save).
   */
  flushRef?: RefObject<(() => void) | null>
  /** Folds Chinese to one script (tests give opencc); else the fold worker's. */
  fold?: TagFold
}) {
  const { t } = useTranslation()
  const id = useId()
  const [typed, setTyped] = useState('')
  const [active, setActive] = useState(-1)
  const [listOpen, setListOpen] = useState(true)
  // 面試 and 面试 are one tag: the fold of opencc (in a worker; a text not answered yet is
  // taken as written, and the input is drawn again when the answer comes).
  const fold = useFold(givenFold)
  const suggestions = tagSuggestions(used, value, typed, fold)
  // The tags in use are asked for at once, so they are folded before the first is typed.
  useEffect(() => {
    for (const tag of used) tagKey(tag, fold)
  }, [used, fold])
  const showList = listOpen && suggestions.length > 0
  const activeId = showList && active >= 0 ? `${id}-option-${String(active)}` : undefined

  function add(raw: string) {
    // "rag" when "RAG" is in use adds "RAG": one tag, not two that differ in case or width.
    const tags = spellTags(raw.split(TAG_SEPARATOR), value, used, fold)
    if (tags.length > 0) onChange([...value, ...tags])
    setTyped('')
    setActive(-1)
  }

  useEffect(() => {
    if (!flushRef) return
    flushRef.current = () => {
      if (typed.trim() !== '') add(typed)
    }
  })

  function remove(tag: string) {
    onChange(value.filter((each) => each !== tag))
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return
    // Ctrl/Cmd+Enter saves the form, which adds what is typed (flushRef): leave it to the form.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return
    if (event.key === 'Enter' || TAG_SEPARATOR.test(event.key)) {
      // Enter here adds a tag and never submits the form (Ctrl/Cmd+Enter saves).
      event.preventDefault()
      const chosen = showList && active >= 0 ? suggestions[active] : undefined
      if (chosen !== undefined || typed.trim() !== '') add(chosen ?? typed)
    } else if (event.key === 'Backspace' && typed === '' && value.length > 0) {
      event.preventDefault()
      onChange(value.slice(0, -1))
    } else if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault()
      setListOpen(true)
      setActive((active + 1) % suggestions.length)
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault()
      setListOpen(true)
      setActive(active <= 0 ? suggestions.length - 1 : active - 1)
    } else if (event.key === 'Escape' && showList) {
      // Closes the list only, not the dialog the form may be in.
      event.preventDefault()
      event.stopPropagation()
      setListOpen(false)
    }
  }

  return (
    <div className="field je-tags">
      <label htmlFor={id}>{t('journalEntry.tags.label')}</label>
      {value.length > 0 ? (
        <ul className="je-chips" aria-label={t('journalEntry.tags.label')}>
          {value.map((tag) => (
            <li key={tag} className="je-chip">
              <span>{tag}</span>
              <button
                type="button"
                aria-label={t('journalEntry.tags.remove', { tag })}
                onClick={() => {
                  remove(tag)
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="je-combo">
        <input
          {...fieldControlProps(id, { hint: true, error })}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={`${id}-list`}
          aria-activedescendant={activeId}
          value={typed}
          onChange={(event) => {
            const text = event.target.value
            // A pasted "a, b, c" adds its finished tags and keeps the last one typed.
            if (TAG_SEPARATOR.test(text)) {
              const parts = text.split(TAG_SEPARATOR)
              add(parts.slice(0, -1).join(','))
              setTyped(parts.at(-1) ?? '')
            } else {
              setTyped(text)
              setActive(-1)
            }
            setListOpen(true)
          }}
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            setListOpen(false)
            // Focus going to a Save button (its mousedown) leaves the text where it is: a chip
            // added now would open the chip row and push Save 33 px down before the mouseup, so
            // the click missed and nothing was saved (review 23 M5). The save adds it (flushRef).
            const to = event.relatedTarget
            if (to instanceof HTMLButtonElement && to.type === 'submit') return
            // A tag typed and left (Tab to the next field, a click elsewhere) is kept as a tag:
            // it stayed in sight and was lost on save (new-user trial 17: 9 of 10 entries). A
            // click on a suggestion keeps the focus here (its mousedown): not added twice.
            if (typed.trim() !== '') add(typed)
          }}
          onFocus={() => {
            setListOpen(true)
          }}
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          className="je-suggestions"
          aria-label={t('journalEntry.tags.suggestions')}
          hidden={!showList}
        >
          {suggestions.map((tag, index) => (
            <li
              key={tag}
              id={`${id}-option-${String(index)}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                // Keeps focus in the input, so the list stays a part of it.
                event.preventDefault()
              }}
              onClick={() => {
                add(tag)
              }}
            >
              {tag}
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('journalEntry.tags.hint')}
      </p>
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  )
}
