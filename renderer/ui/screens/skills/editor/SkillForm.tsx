import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import { useController, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { StoredSkill } from '../../../../data/records'
import { localDate } from '../../../../data/snapshots'
import { saveSkill } from '../../../../data/repositories/skills'
import type { Skill } from '../../../../domain/model/profile'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import {
  dateNotCompleteText,
  isDateNotCompleteError,
  withDateInputCheck,
} from '../../../form/date-input'
import { useAskBeforeLeaving } from '../../../form/ask-before-leaving'
import { LabelledField } from '../../../form/LabelledField'
import { DATE_OUT_OF_RANGE, FIRST_YEAR } from '../../../form/date-range'
import type { UiLanguage } from '../../../i18n/i18n'
import { useServices } from '../../../services'
import { CapFlag } from './CapFlag'
import { NameCombobox } from './NameCombobox'
import {
  NEW_SKILL_FIELDS,
  fieldsFromSkill,
  skillFromFields,
  skillResolver,
  type SkillFormFields,
  type SkillFormOutput,
} from './skill-form-schema'
import { standingIn } from './skill-standing'
import { domainForName, suggestionName } from './skill-suggestions'
import { listText } from './skill-text'
import { DomainSelect, EvidenceChecks, LevelRadios } from './SkillFormParts'

/** The schema, and the date input read for a date typed that is not whole or not real. */
const resolver = withDateInputCheck(skillResolver)

/** Whether the fields differ from what the form opened with (field by field, as typed). */
function changedFrom(initial: SkillFormFields, now: SkillFormFields): boolean {
  return JSON.stringify(initial) !== JSON.stringify({ ...initial, ...now })
}

/**
 * Adds a skill (no `skill`) or edits one. Enter saves (Ctrl+Enter from the notes), Escape
 * cancels (a form with changes asks once first, so one stray key loses nothing). While the fields parse, the skill as typed goes up through `onDraft`, so the
 * assessment beside the form moves as the user types; the evidence cap is flagged here too.
 */
export const SkillForm = memo(function SkillForm({
  skill,
  skillId,
  journal,
  ruleset,
  taken,
  focus,
  onDraft,
  onSaved,
  onCancel,
}: {
  skill: StoredSkill | undefined
  /** The skill's id: the stored one, or a fresh one for a new skill (the draft's and the save's). */
  skillId: string
  /** The stored journal, for evidence linked entries add; undefined until the first assessment. */
  journal: LiveAssessment['sources']['journal'] | undefined
  ruleset: Ruleset
  taken: ReadonlySet<string>
  /** Where focus starts: the name, or the evidence (to lift a cap). */
  focus: 'name' | 'evidence'
  onDraft: (skill: Skill | undefined) => void
  onSaved: (skill: StoredSkill) => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { db } = useServices()
  const id = useId()
  const [saveError, setSaveError] = useState<string | undefined>()
  /** The domain the name filled in, until the user chooses one (the name's onChange). */
  const guessedDomain = useRef('')
  const { register, control, handleSubmit, setValue, getValues, formState, subscribe } = useForm<
    SkillFormFields,
    unknown,
    SkillFormOutput
  >({
    resolver,
    defaultValues: skill ? fieldsFromSkill(skill) : NEW_SKILL_FIELDS,
  })
  const initialFields = useRef<SkillFormFields>(skill ? fieldsFromSkill(skill) : NEW_SKILL_FIELDS)
  // An Escape that would throw away typed changes asks first: a second Escape discards. The
  // question sits under the form's buttons, often below the window, and is brought into view
  // (new-user trial: a sighted keyboard user pressing Esc saw nothing happen).
  const {
    asked: discardAsked,
    line: discardLine,
    onKeyDown: leaveKeys,
  } = useAskBeforeLeaving(() => changedFrom(initialFields.current, getValues()), onCancel)
  const { field: nameField } = useController({ control, name: 'name' })
  const { field: domainField } = useController({ control, name: 'domain' })
  const values = useWatch({ control }) as SkillFormFields
  const draft = skillFromFields(skillId, { ...getValues(), ...values })

  // Hand the draft up only when it changes, not on every render.
  const lastSent = useRef<string | null>(null)
  const sendDraft = useCallback(
    (next: Skill | undefined) => {
      const key = next ? JSON.stringify(next) : ''
      if (key === lastSent.current) return
      lastSent.current = key
      onDraft(next)
    },
    [onDraft],
  )
  // From the form's own change event, so the assessment moves in the keystroke's render; the
  // effect below sends the first draft (and any change that comes another way).
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: () => {
          sendDraft(skillFromFields(skillId, getValues()))
        },
      }),
    [subscribe, sendDraft, skillId, getValues],
  )
  useEffect(() => {
    sendDraft(draft)
  }, [draft, sendDraft])

  // Focus moves before the browser paints (react-hook-form's setFocus waits a task), so the
  // keys a fast typist presses right after "n" land in the name.
  const formElement = useRef<HTMLFormElement>(null)
  useLayoutEffect(() => {
    formElement.current
      ?.querySelector<HTMLElement>(
        focus === 'name' ? '[role="combobox"]' : 'input[type="checkbox"]',
      )
      ?.focus()
  }, [focus])

  const standing = draft && journal ? standingIn(draft, journal, ruleset) : undefined
  const { errors } = formState
  const nameError = errors.name
    ? errors.name.type === 'too_small'
      ? t('skills.errors.nameRequired')
      : errors.name.message
    : undefined
  const domainError = errors.domain ? t('skills.errors.domainRequired') : undefined
  // Optional: an empty date is none; its errors are a date typed that is no date, or one out of
  // range (before 1950, after today, or a year of five digits).
  const lastUsedError = isDateNotCompleteError(errors.lastUsed)
    ? dateNotCompleteText(t)
    : errors.lastUsed?.message === DATE_OUT_OF_RANGE
      ? t('skills.errors.lastUsedRange', { first: FIRST_YEAR })
      : undefined

  const submit = handleSubmit(async (output) => {
    setSaveError(undefined)
    try {
      onSaved(await saveSkill(db, { ...output, id: skillId }))
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error))
    }
  })

  // Enter saves from any input or select (radios and checkboxes too, where browsers do not
  // submit by themselves); in the notes a plain Enter is a new line, so Ctrl+Enter saves.
  // Buttons and the rule's disclosure keep their own Enter.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.defaultPrevented) return
    // Escape leaves (asking first); a key an input method composes with is the method's: the
    // Enter that commits a pinyin candidate does not save.
    if (leaveKeys(event)) return
    if (event.key === 'Enter' && !event.altKey && !event.shiftKey) {
      const inField =
        event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement
      if (event.ctrlKey || event.metaKey || inField) {
        event.preventDefault()
        void submit()
      }
    }
  }

  const journalNote =
    standing && standing.journalEvidence.length > 0
      ? t('skills.form.journalEvidence', {
          kinds: listText(
            standing.journalEvidence.map((kind) => t(`skills.evidenceKinds.${kind}`)),
            language,
          ),
        })
      : undefined

  return (
    <form
      ref={formElement}
      className="skill-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${id}-title`}>
        {skill ? t('skills.form.editTitle', { name: skill.name }) : t('skills.form.newTitle')}
      </h3>
      <LabelledField
        id={`${id}-name`}
        label={t('skills.form.name')}
        hint={t('skills.form.nameHint')}
        error={nameError}
        className="skill-field-name"
      >
        {(nameControl) => (
          <NameCombobox
            control={nameControl}
            value={nameField.value}
            inputRef={nameField.ref}
            domain={ruleset.skillDomains.find((rule) => rule.id === values.domain)?.id}
            taken={taken}
            ruleset={ruleset}
            onChange={(name) => {
              nameField.onChange(name)
              // The domain follows the name while the user has not chosen one: filled as the
              // name names it, emptied again when more typing makes it ambiguous ("PyTorch" then
              // "PyTorch 分布式训练"). A domain the user chose stays.
              const current = getValues('domain')
              if (current !== '' && current !== guessedDomain.current) return
              const guessed = domainForName(name) ?? ''
              guessedDomain.current = guessed
              if (guessed !== current) {
                setValue('domain', guessed, {
                  shouldDirty: true,
                  shouldValidate: guessed !== '' || formState.isSubmitted,
                })
              }
            }}
            onBlur={nameField.onBlur}
            onChoose={(suggestion) => {
              // A suggestion chosen is a domain chosen: typing on does not change it.
              guessedDomain.current = ''
              setValue('name', suggestionName(suggestion, language), {
                shouldDirty: true,
                shouldValidate: formState.isSubmitted,
              })
              setValue('domain', suggestion.domain, {
                shouldDirty: true,
                shouldValidate: formState.isSubmitted,
              })
            }}
          />
        )}
      </LabelledField>
      <DomainSelect
        id={`${id}-domain`}
        value={domainField.value}
        selectRef={domainField.ref}
        onChange={domainField.onChange}
        onBlur={domainField.onBlur}
        ruleset={ruleset}
        error={domainError}
      />
      <LevelRadios id={`${id}-level`} register={register} />
      <EvidenceChecks
        id={`${id}-evidence`}
        register={register}
        cap={ruleset.evidenceCap.maxLevelWithoutEvidence}
        journalNote={journalNote}
      />
      <div role="status" className="skill-cap-live">
        {standing?.capped ? <CapFlag standing={standing} ruleset={ruleset} /> : null}
      </div>
      <LabelledField
        label={t('skills.form.lastUsed')}
        hint={t('skills.form.lastUsedHint')}
        error={lastUsedError}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            min={`${String(FIRST_YEAR)}-01-01`}
            max={localDate(new Date())}
            {...register('lastUsed')}
          />
        )}
      </LabelledField>
      <LabelledField
        label={t('skills.form.note')}
        error={errors.note?.message}
        className="skill-field-note"
      >
        {(control) => <textarea {...control} rows={2} {...register('note')} />}
      </LabelledField>
      <div className="actions">
        <button type="submit" className="skill-primary" disabled={formState.isSubmitting}>
          {t('skills.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('skills.form.cancel')}
        </button>
        <span className="hint">{t('skills.form.keys')}</span>
      </div>
      {saveError ? (
        <p className="status error" role="alert">
          {t('skills.saveFailed', { detail: saveError })}
        </p>
      ) : null}
      <p className="status" role="status" ref={discardLine}>
        {discardAsked ? t('skills.form.discardAsked') : ''}
      </p>
    </form>
  )
})
