import { useId, useState, type KeyboardEvent, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { SkillDomainId } from '../../../../domain/model/enums'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { FieldControlProps } from '../../../form/described-by'
import type { UiLanguage } from '../../../i18n/i18n'
import { matchSuggestions, suggestionName, type SkillSuggestion } from './skill-suggestions'

/**
 * The skill's name with well-known names offered as the user types (the ARIA combobox
 * pattern: arrows move, Enter chooses, Escape closes the list). Choosing one also files the
 * skill under its domain. Enter with no option picked is left to the form (it saves).
 */
export function NameCombobox({
  control,
  value,
  inputRef,
  domain,
  taken,
  ruleset,
  onChange,
  onBlur,
  onChoose,
}: {
  /** The id and aria attributes its field wires to its label, hint and error. */
  control: FieldControlProps
  value: string
  inputRef: Ref<HTMLInputElement>
  domain: SkillDomainId | undefined
  /** Normalized names the user already has (not offered again). */
  taken: ReadonlySet<string>
  ruleset: Ruleset
  onChange: (value: string) => void
  onBlur: () => void
  onChoose: (suggestion: SkillSuggestion) => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const listId = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const options = open ? matchSuggestions(value, { domain, taken }) : []
  const expanded = options.length > 0
  const activeOption = expanded && active >= 0 ? options[active] : undefined
  const optionId = (index: number) => `${listId}-${String(index)}`

  function choose(suggestion: SkillSuggestion) {
    onChoose(suggestion)
    setOpen(false)
    setActive(-1)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Keys an input method is composing with are its own: the Enter that commits a pinyin
    // candidate must not choose the highlighted suggestion (as the skill form's save, f18d76a).
    if (event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) {
        setOpen(true)
        setActive(event.key === 'ArrowDown' ? 0 : -1)
        return
      }
      const count = options.length
      if (count === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current) => (current + step + count) % count)
    } else if (event.key === 'Enter' && activeOption) {
      event.preventDefault()
      choose(activeOption)
    } else if (event.key === 'Escape' && expanded) {
      // Closing the list is this Escape's whole job: the form must not cancel too.
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
      setActive(-1)
    }
  }

  const domainName = (suggestion: SkillSuggestion) => {
    const rule = ruleset.skillDomains.find((candidate) => candidate.id === suggestion.domain)
    if (!rule) return suggestion.domain
    return language === 'zh-CN' ? rule.nameZhHans : rule.nameEn
  }

  return (
    <div className="skill-combobox">
      <input
        {...control}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(active) : undefined}
        placeholder={t('skills.form.namePlaceholder')}
        value={value}
        onChange={(event) => {
          onChange(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false)
          setActive(-1)
          onBlur()
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('skills.form.suggestions')}
        className="skill-suggestions"
        hidden={!expanded}
      >
        {options.map((suggestion, index) => (
          <li
            key={`${suggestion.domain}:${suggestion.name}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="skill-suggestion"
            onMouseDown={(event) => {
              // Keep focus in the input, so the choice does not blur it first.
              event.preventDefault()
              choose(suggestion)
            }}
          >
            <span className="skill-suggestion-name">{suggestionName(suggestion, language)}</span>
            <span className="skill-suggestion-domain">{domainName(suggestion)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
