import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type SyntheticEvent,
  type KeyboardEvent,
} from 'react'
import { useTranslation } from 'react-i18next'
import { FormProvider, useForm, useFormContext } from 'react-hook-form'
import type { StoredOffer } from '../../../../data/records'
import { saveOffer } from '../../../../data/repositories/offers'
import type { Offer } from '../../../../domain/model/offer'
import { deadlineLooksMistyped } from '../../../deadlines/deadline-reminders'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import { useServices } from '../../../services'
import { ChecklistFields } from './ChecklistFields'
import { CountedPay, type FormReadiness } from './CountedPay'
import { DeleteOffer } from './DeleteOffer'
import { EmployerFields, OfferNameFields } from './EmployerFields'
import { TextAreaField } from './form-controls'
import { offerFieldErrorText } from './field-error-text'
import { withDateInputCheck, withDateNotCompleteText } from '../../../form/date-input'
import { FormInputField } from '../../../form/InputField'
import { goTo, markSaved } from '../../../form/just-saved'
import { sameValues } from '../../../form/kept-drafts'
import { NO_PASTED_LINE, type PastedLine } from '../../../form/paste-fill'
import { NEW_OFFER, offerDrafts } from './offer-draft'
import { fieldsFromStored, newOfferFields, type OfferFormFields } from './offer-form-fields'
import {
  offerFromFields,
  offerResolver,
  offerWithoutHalfOptions,
  type OfferFormOutput,
} from './offer-form-schema'
import { PayFields } from './PayFields'
import { readPayLine } from './pay-line'

type Status =
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'pasteUnread' }
  | { kind: 'overwriteAsked' }
  | { kind: 'failed' | 'deleteFailed'; detail: string }
  | null

function readinessOf(fields: OfferFormFields, offer: Offer | undefined): FormReadiness {
  if (offer) return 'valid'
  const base = fields.pay.base
  const amount = base.kind === 'monthly' ? base.monthly.low : base.annual.low
  return fields.company.trim() === '' || amount.trim() === '' ? 'empty' : 'invalid'
}

/** The schema, and the deadline's input read for a date typed that is not whole or not real. */
const resolver = withDateInputCheck(offerResolver)
const deadlineErrorText = withDateNotCompleteText(offerFieldErrorText)

const sentKey = (offer: Offer | undefined) => (offer ? JSON.stringify(offer) : '')

/**
 * One offer's form, new (`stored` undefined) or stored. Every change that makes a valid offer
 * goes up as the draft (the verdict beside it moves as the user types); Save or
 * Ctrl/Cmd+Enter stores it, Cancel goes back to the list, Delete (confirmed) removes it.
 * Unsaved inputs are kept when the user goes elsewhere (offer-draft.ts) and come back, said,
 * with a way to discard them; Save, Discard and Cancel forget them.
 */
export function OfferForm({
  offerId,
  stored,
  live,
  savedBefore,
  onDraftChange,
}: {
  /** The stored offer's id, or the one a new offer will be saved under (the draft's too). */
  offerId: string
  stored: StoredOffer | undefined
  live: LiveAssessment
  /** This editor opened on an offer just saved as new: it says so. */
  savedBefore: boolean
  onDraftChange: (offer: Offer | undefined) => void
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const values = useMemo(() => (stored ? fieldsFromStored(stored) : undefined), [stored])
  const [initialFields] = useState(() => values ?? newOfferFields())
  const draftKey = stored ? offerId : NEW_OFFER
  // Inputs left unsaved on an earlier visit; the new offer's id was taken from them.
  const [kept] = useState(() => {
    const draft = offerDrafts.read(db, draftKey)
    return draft?.id === offerId ? draft : null
  })
  const [keptNote, setKeptNote] = useState(kept !== null)
  // The stored offer was saved again (another window) after the kept changes began: Save
  // would put them over it, so the form says so, and Save asks once.
  const [savedElsewhere, setSavedElsewhere] = useState(
    () => kept?.basis != null && values !== undefined && !sameValues(kept.basis, values),
  )
  const [pasted, setPasted] = useState<PastedLine>(kept?.pasted ?? NO_PASTED_LINE)
  const pastedNow = useRef(pasted)
  const form = useForm<OfferFormFields, unknown, OfferFormOutput>({
    defaultValues: initialFields,
    resolver,
    mode: 'onTouched',
  })
  const { formState, getValues, handleSubmit, reset, setFocus, subscribe } = form
  const [status, setStatus] = useState<Status>(savedBefore ? { kind: 'saved' } : null)
  const [readiness, setReadiness] = useState<FormReadiness>(() => {
    const fields = kept?.fields ?? initialFields
    return readinessOf(fields, offerFromFields(offerId, fields))
  })
  // The stored offer is already in the assessment: only a change is a draft.
  const lastSent = useRef(sentKey(stored ? offerFromFields(offerId, initialFields) : undefined))

  // A change stored elsewhere while the user edits (a status or deadline set beside the form)
  // updates what the user has not touched, and keeps what they have.
  const shown = useRef(values)
  // Saved as new (on its way to its own address), cancelled or deleted: nothing more is a draft.
  const finished = useRef(false)
  // What the kept changes began from: the stored inputs as the form last took them up.
  const basis = useRef(kept ? kept.basis : (values ?? null))

  /** Keeps the inputs for the next visit while they differ from what is stored (or new). */
  const keepDraft = useCallback(() => {
    if (finished.current) return
    const fields = getValues()
    const changed =
      !sameValues(fields, shown.current ?? initialFields) || pastedNow.current.text !== ''
    offerDrafts.keep(
      db,
      draftKey,
      changed
        ? {
            id: offerId,
            fields: structuredClone(fields),
            basis: basis.current,
            pasted: pastedNow.current,
          }
        : null,
    )
  }, [db, draftKey, getValues, initialFields, offerId])

  useEffect(() => {
    if (!values || values === shown.current) return
    shown.current = values
    if (!savedElsewhere) basis.current = values
    reset(values, { keepDirtyValues: true })
  }, [values, reset, savedElsewhere])

  const publish = useCallback(() => {
    const fields = getValues()
    const complete = offerFromFields(offerId, fields)
    setReadiness(readinessOf(fields, complete))
    const offer = complete ?? offerWithoutHalfOptions(offerId, fields)
    const key = sentKey(offer)
    // An offer that no longer reads (its pay emptied by a line that cannot be read, a field
    // cleared) is sent as none: the verdict beside must not keep the last one's answer, as if
    // it were this form's (seen at the session 13 look: "Accept" beside empty pay fields).
    if (key === lastSent.current) return
    lastSent.current = key
    setStatus(null)
    onDraftChange(offer)
  }, [getValues, offerId, onDraftChange])

  // A subscription, not a watch in render: typing re-renders the input typed in and the
  // verdict, not every input of the form.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: () => {
          publish()
          keepDraft()
        },
      }),
    [subscribe, publish, keepDraft],
  )

  useEffect(() => {
    pastedNow.current = pasted
    keepDraft()
  }, [pasted, keepDraft])

  // Back with kept inputs: the form shows them (dirty against what is stored) before it paints,
  // and the verdict weighs them.
  useLayoutEffect(() => {
    if (!kept) return
    reset(kept.fields, { keepDefaultValues: true })
    const offer =
      offerFromFields(offerId, kept.fields) ?? offerWithoutHalfOptions(offerId, kept.fields)
    if (!offer) return
    lastSent.current = sentKey(offer)
    onDraftChange(offer)
  }, [kept, reset, offerId, onDraftChange])

  function forgetDraft() {
    offerDrafts.keep(db, draftKey, null)
    setPasted(NO_PASTED_LINE)
    pastedNow.current = NO_PASTED_LINE
    setKeptNote(false)
    setSavedElsewhere(false)
    basis.current = shown.current ?? null
  }

  // Made as Save is pressed (it reads the draft's refs, which a render must not).
  const save = () =>
    handleSubmit(
      async (output) => {
        try {
          // The draft sent last is what is saved: the values the save resets the form to send
          // nothing more (publish finds them already sent).
          const saved = await saveOffer(db, { ...output, id: offerId })
          onDraftChange(undefined)
          if (!stored) finished.current = true
          forgetDraft()
          if (stored) {
            const savedFields = fieldsFromStored(saved)
            shown.current = savedFields
            basis.current = savedFields
            reset(savedFields)
            setStatus({ kind: 'saved' })
          } else {
            markSaved(saved.id)
            goTo(`#/offers/${encodeURIComponent(saved.id)}`)
          }
        } catch (cause) {
          setStatus({
            kind: 'failed',
            detail: cause instanceof Error ? cause.message : String(cause),
          })
        }
      },
      () => {
        setStatus({ kind: 'invalid' })
      },
    )()

  /**
   * A pasted line only fills the pay fields, and one that cannot be read has filled nothing:
   * Save waits until it reads or is cleared (as the profile does). A draft whose offer was
   * saved elsewhere since asks once before putting the changes over it.
   */
  function submit(event?: SyntheticEvent) {
    event?.preventDefault()
    if (pasted.text.trim() !== '' && !readPayLine(pasted.text).ok) {
      setStatus({ kind: 'pasteUnread' })
      document.querySelector<HTMLElement>('.oe-form [name="payPaste"]')?.focus()
      return
    }
    if (savedElsewhere && status?.kind !== 'overwriteAsked') {
      setStatus({ kind: 'overwriteAsked' })
      return
    }
    void save()
  }

  /**
   * Cancel (and a delete): back to the list, the unsaved inputs forgotten, a new offer's as an
   * edit's. Only leaving by another way keeps them, as a draft (new-user trial 12: Cancel on a
   * new offer, then Add an offer, brought the cancelled text back).
   */
  function leave() {
    finished.current = true
    offerDrafts.keep(db, draftKey, null)
    onDraftChange(undefined)
    goTo('#/offers')
  }

  /** Back to what is stored (or an empty new offer), and the kept draft forgotten. */
  function discard() {
    forgetDraft()
    const fields = shown.current ?? newOfferFields()
    lastSent.current = sentKey(stored ? offerFromFields(offerId, fields) : undefined)
    // Keeping the field refs lets setFocus below find the Company input: a plain reset() empties
    // them until the next render, and focus fell to the page's body (new-user trial 15).
    reset(fields, { keepFieldsRef: true })
    onDraftChange(undefined)
    setStatus(null)
    setFocus('company')
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      submit()
    }
  }

  const assessment = live.assessment.offers.find((offer) => offer.offerId === offerId)
  const statusText =
    status === null
      ? ''
      : status.kind === 'failed'
        ? t('offerEditor.saveFailed', { detail: status.detail })
        : status.kind === 'deleteFailed'
          ? t('offerEditor.deleteFailed', { detail: status.detail })
          : t(`offerEditor.${status.kind}`)

  return (
    <FormProvider {...form}>
      <form
        className="oe-form"
        aria-labelledby="offerEditor-title"
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={submit}
      >
        {keptNote ? (
          <div className={savedElsewhere ? 'oe-kept oe-kept-elsewhere' : 'oe-kept'}>
            <p>{savedElsewhere ? t('offerEditor.keptSavedElsewhere') : t('offerEditor.kept')}</p>
            <button type="button" onClick={discard}>
              {t('offerEditor.discardKept')}
            </button>
          </div>
        ) : null}
        <OfferNameFields />
        <PayFields
          settings={live.sources.settings}
          ruleset={live.ruleset}
          pasted={pasted}
          onPasted={setPasted}
          counted={
            <CountedPay
              assessment={assessment}
              readiness={readiness}
              onShowProblems={() => {
                // A submit that saves nothing: it marks every problem, empty inputs included,
                // and goes to the first (the form is invalid whenever this button shows).
                void handleSubmit(() => undefined)()
              }}
            />
          }
        />
        <EmployerFields ruleset={live.ruleset} settings={live.sources.settings} />
        <ChecklistFields ruleset={live.ruleset} />
        <DecisionFields />
        <div className="actions oe-actions">
          <button
            type="submit"
            className="oe-primary"
            aria-keyshortcuts="Control+Enter Meta+Enter"
            disabled={formState.isSubmitting}
          >
            {t('offerEditor.save')}
          </button>
          <span className="hint oe-shortcut">{t('offerEditor.saveShortcut')}</span>
          <button type="button" onClick={leave}>
            {t('offerEditor.cancel')}
          </button>
          {stored ? (
            <DeleteOffer
              offer={stored}
              onDeleted={leave}
              onFailed={(detail) => {
                setStatus({ kind: 'deleteFailed', detail })
              }}
            />
          ) : null}
        </div>
        <p
          role="status"
          className={status?.kind === 'saved' || !status ? 'status' : 'status error'}
        >
          {statusText}
        </p>
        {formState.isDirty && !status ? <p className="hint">{t('offerEditor.draftNote')}</p> : null}
      </form>
    </FormProvider>
  )
}

/** When the employer wants an answer, and the user's own notes. */
const DecisionFields = memo(function DecisionFields() {
  const { t } = useTranslation()
  useMistypedDeadlineSaid()
  return (
    <fieldset className="oe-group">
      <legend>{t('offerEditor.groups.decision')}</legend>
      <FormInputField<OfferFormFields>
        name="deadline"
        errorText={deadlineErrorText}
        type="date"
        label={t('offerEditor.deadline.label')}
        hint={t('offerEditor.deadline.hint')}
        className="oe-deadline"
      />
      <TextAreaField
        name="notes"
        label={t('offerEditor.notes.label')}
        hint={t('offerEditor.notes.hint')}
      />
    </fieldset>
  )
})

/**
 * A deadline the form opens with outside its years (0006-02-02, stored before 598d2c4 or
 * imported) is said beside its field at once, in Save's own words (the years allowed), by the
 * rule the offers list and the dashboard use to ask "Check this date: it looks mistyped": the
 * form said nothing until Save (review 28). Marked touched, so the error goes as soon as a date
 * in range is typed, as after a blur.
 */
function useMistypedDeadlineSaid() {
  const { getValues, setValue } = useFormContext<OfferFormFields>()
  useEffect(() => {
    const deadline = getValues('deadline')
    if (deadline === '' || !deadlineLooksMistyped(deadline, new Date())) return
    setValue('deadline', deadline, { shouldTouch: true, shouldValidate: true })
  }, [getValues, setValue])
}
