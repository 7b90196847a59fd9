import { useLiveQuery } from 'dexie-react-hooks'
import {
  useLayoutEffect,
  useId,
  useRef,
  useState,
  type BaseSyntheticEvent,
  type KeyboardEvent,
} from 'react'
import { Controller, FormProvider, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry } from '../../../../data/records'
import { saveJournalEntry, tagsInUse } from '../../../../data/repositories/journal'
import { listOffers } from '../../../../data/repositories/offers'
import { listSkills } from '../../../../data/repositories/skills'
import { DataValidationError } from '../../../../data/validation'
import { useAskBeforeLeaving } from '../../../form/ask-before-leaving'
import { withDateInputCheck } from '../../../form/date-input'
import { useServices } from '../../../services'
import { foldTexts } from '../timeline/use-fold'
import { readDraft } from './entry-draft'
import { entryErrorText, type EntryFieldName } from './entry-error-text'
import {
  changedFrom,
  emptyFields,
  entryResolver,
  fieldsFromStored,
  type EntryFormFields,
  type EntryFormOutput,
} from './entry-form-fields'
import { BodyField } from './BodyField'
import { KindField, OfferField, TextField } from './EntryFields'
import { SkillLinks } from './SkillLinks'
import { tagsAsWritten } from './tag-spelling'
import { TagsInput } from './TagsInput'
import { useEntryDraft } from './use-entry-draft'
import { useErrorClearedWhenFixed } from './use-error-cleared-when-fixed'
import './entry-form.css'

type Status = { kind: 'invalid' } | { kind: 'failed'; detail: string } | null

/** The schema, and the date input read for a date typed that is not whole or not real. */
const resolver = withDateInputCheck(entryResolver)

const FIELD_NAMES: readonly EntryFieldName[] = [
  'kind',
  'date',
  'title',
  'body',
  'tags',
  'company',
  'skillIds',
  'offerId',
  'evidence',
]

export interface EntryFormProps {
  /** The entry edited; none for a new one. */
  stored?: StoredJournalEntry | undefined
  /** A new entry keeps its unsaved inputs as the one draft (quick entry and #/journal/new). */
  keepDraft?: boolean
  /** The heading that names the form. */
  labelledBy: string
  /**
   * Puts the cursor in the title as the form appears. By default a new entry's form does: it
   * opens because the user chose to write one (New entry, the quick entry), so typing starts.
   */
  focusTitle?: boolean
  onSaved: (entry: StoredJournalEntry) => void
  onCancel: () => void
  /** Folds tags to Simplified for the save (tests give a slow one); else the fold worker. */
  foldNames?: (texts: readonly string[]) => Promise<string[]>
}

/**
 * One journal entry's form, new or stored: kind, date, title, Markdown text, tags, company,
 * skills (and evidence of them), offer. Checked by the repository's own schema; Save or
 * Ctrl/Cmd+Enter stores it through saveJournalEntry. Cancel or Escape leaves (asking first
 * when that would lose typed changes).
 */
export function EntryForm({
  stored,
  keepDraft = false,
  labelledBy,
  focusTitle = stored === undefined,
  onSaved,
  onCancel,
  foldNames = foldTexts,
}: EntryFormProps) {
  const { t } = useTranslation()
  const { db } = useServices()
  const companiesId = useId()
  const [{ initialFields, fromDraft }] = useState(() => {
    const draft = !stored && keepDraft ? readDraft() : undefined
    return {
      initialFields: stored ? fieldsFromStored(stored) : (draft ?? emptyFields()),
      fromDraft: draft !== undefined,
    }
  })
  // A draft brought back says so at the top, until cleared: it may carry another kind than the
  // one the user means to write (new-user trial 17: an old draft's "Project" was saved unseen).
  const [draftShown, setDraftShown] = useState(fromDraft)
  const form = useForm<EntryFormFields, unknown, EntryFormOutput>({
    defaultValues: initialFields,
    resolver,
    // Checked as an input is left and at Save, not at each key: see useErrorClearedWhenFixed.
    mode: 'onBlur',
    reValidateMode: 'onBlur',
  })
  const { control, formState, getValues, handleSubmit, reset, setError, setFocus, subscribe } = form
  useErrorClearedWhenFixed(form)
  const [status, setStatus] = useState<Status>(null)
  const keepsDraft = keepDraft && !stored
  const draft = useEntryDraft(keepsDraft, subscribe, getValues)
  // Leaving throws away what was typed unless a draft keeps it: then a changed form asks once
  // first (Esc again or Cancel again leaves), so one stray key loses nothing. An unchanged form,
  // or a new entry whose draft is kept, leaves at once. The question replaces the status line's
  // other words, at the form's foot by Save and Cancel.
  const {
    asked: discardAsked,
    leave,
    withdraw: withdrawQuestion,
    onKeyDown: leaveKeys,
    line: discardLine,
  } = useAskBeforeLeaving(
    () => !keepsDraft && changedFrom(initialFields, getValues()),
    onCancel,
    () => {
      setStatus(null)
    },
  )
  const skills = useLiveQuery(() => listSkills(db), [db]) ?? []
  const offers = useLiveQuery(() => listOffers(db), [db]) ?? []
  const usedTags = useLiveQuery(() => tagsInUse(db), [db]) ?? []
  const companies = [...new Set(offers.map((offer) => offer.company))]

  // Not when focus is already in the form (the quick entry's dialog puts it in the title as it
  // opens): a key pressed at once, Tab to the date, would otherwise be undone. In the commit that
  // draws the form, not after it: react-hook-form's setFocus focuses in a setTimeout, and with
  // the passive effect before it that was ~20-40 ms after "New entry" (load ~10): the keys typed
  // in between went to the link (review 25 L9).
  const formRef = useRef<HTMLFormElement>(null)
  useLayoutEffect(() => {
    const form = formRef.current
    if (!focusTitle || !form || form.contains(document.activeElement)) return
    const title = form.elements.namedItem('title')
    if (title instanceof HTMLInputElement) title.focus()
  }, [focusTitle])

  // A tag typed and not yet added is added before the form is read (see TagsInput's flushRef).
  const flushTags = useRef<(() => void) | null>(null)
  const check = handleSubmit(
    async (output) => {
      setStatus(null)
      try {
        // Each tag spelled as the one in use it is, by the fold's answer: the input's chip may
        // have been added before the fold answered for it (面試 beside 面试, review 33 M4).
        const tags = await tagsAsWritten(output.tags, await tagsInUse(db), foldNames)
        const fields = { ...output, tags }
        const entry = await saveJournalEntry(db, stored ? { ...fields, id: stored.id } : fields)
        if (!stored) draft.discard()
        onSaved(entry)
      } catch (cause) {
        if (cause instanceof DataValidationError) {
          for (const issue of cause.issues) {
            const name = FIELD_NAMES.find((each) => issue.path.split('.')[0] === each)
            if (name) setError(name, { type: 'server', message: issue.message })
          }
        }
        setStatus({
          kind: 'failed',
          detail: cause instanceof Error ? cause.message : String(cause),
        })
      }
    },
    () => {
      setStatus({ kind: 'invalid' })
    },
  )
  function save(event?: BaseSyntheticEvent) {
    // A save is a choice made: it takes back a question Esc asked.
    withdrawQuestion()
    // The Controller's onChange sets the form's value at once: handleSubmit reads it after.
    flushTags.current?.()
    return check(event)
  }

  // Ctrl/Cmd+Enter saves from anywhere. A plain Enter in a one-line input (the title, the date,
  // a kind) would submit the form by itself, saving a half-written entry: it does nothing here.
  // Escape leaves (see leave); any other key withdraws its question.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.defaultPrevented) return
    // Escape leaves (asking first); a key an input method composes with is its own.
    if (leaveKeys(event)) return
    if (event.key !== 'Enter') return
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault()
      void save()
    } else if (event.target instanceof HTMLInputElement) {
      event.preventDefault()
    }
  }

  function clear() {
    draft.discard()
    // Keeping the field refs lets setFocus below find the title (a plain reset() empties them
    // until the next render, as the offer form found: 361cacb).
    reset(emptyFields(), { keepFieldsRef: true })
    setDraftShown(false)
    setStatus(null)
    withdrawQuestion()
    setFocus('title')
  }

  const statusText = discardAsked
    ? t('journalEntry.discardAsked')
    : status?.kind === 'invalid'
      ? t('journalEntry.invalid')
      : status?.kind === 'failed'
        ? t('journalEntry.saveFailed', { detail: status.detail })
        : formState.isSubmitting
          ? t('journalEntry.saving')
          : ''

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        className="je-form"
        aria-labelledby={labelledBy}
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(event) => void save(event)}
      >
        {draftShown ? (
          <p className="hint je-draft-restored">{t('journalEntry.draftRestored')}</p>
        ) : null}
        <KindField />
        <div className="je-row je-row-title">
          <TextField
            name="title"
            label={t('journalEntry.entryTitle')}
            placeholder={t('journalEntry.titlePlaceholder')}
            className="je-title"
          />
          <TextField name="date" type="date" label={t('journalEntry.date')} className="je-date" />
        </div>
        <BodyField />
        <div className="je-row">
          <Controller
            control={control}
            name="tags"
            render={({ field, formState: { errors } }) => (
              <TagsInput
                value={field.value}
                onChange={field.onChange}
                used={usedTags}
                error={entryErrorText('tags', errors, t)}
                flushRef={flushTags}
              />
            )}
          />
          <TextField
            name="company"
            label={t('journalEntry.company')}
            hint={t('journalEntry.companyHint')}
            list={companies.length > 0 ? companiesId : undefined}
            className="je-company"
          />
          {companies.length > 0 ? (
            <datalist id={companiesId}>
              {companies.map((company) => (
                <option key={company} value={company} />
              ))}
            </datalist>
          ) : null}
        </div>
        <SkillLinks skills={skills} entryId={stored?.id} />
        <OfferField offers={offers} />
        <div className="actions je-actions">
          <button
            type="submit"
            className="je-primary"
            aria-keyshortcuts="Control+Enter Meta+Enter"
            disabled={formState.isSubmitting}
          >
            {t('journalEntry.save')}
          </button>
          <span className="hint">{t('journalEntry.saveShortcut')}</span>
          <button type="button" onClick={leave}>
            {t('journalEntry.cancel')}
          </button>
          {keepsDraft ? (
            <button type="button" onClick={clear}>
              {t('journalEntry.clear')}
            </button>
          ) : null}
        </div>
        <p
          ref={discardLine}
          role="status"
          className={status && !discardAsked ? 'status error' : 'status'}
        >
          {statusText}
        </p>
        {keepsDraft ? <p className="hint">{t('journalEntry.draftKept')}</p> : null}
      </form>
    </FormProvider>
  )
}
