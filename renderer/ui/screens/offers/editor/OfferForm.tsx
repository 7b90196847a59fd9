import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProvider, useForm } from 'react-hook-form'
import type { StoredOffer } from '../../../../data/records'
import { saveOffer } from '../../../../data/repositories/offers'
import type { Offer } from '../../../../domain/model/offer'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import { useServices } from '../../../services'
import { ChecklistFields } from './ChecklistFields'
import { CountedPay, type FormReadiness } from './CountedPay'
import { DeleteOffer } from './DeleteOffer'
import { EmployerFields } from './EmployerFields'
import { InputField, TextAreaField } from './form-controls'
import { goTo, markSaved } from '../../../form/just-saved'
import { fieldsFromStored, newOfferFields, type OfferFormFields } from './offer-form-fields'
import { offerFromFields, offerResolver, type OfferFormOutput } from './offer-form-schema'
import { PayFields } from './PayFields'

type Status =
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'failed' | 'deleteFailed'; detail: string }
  | null

function readinessOf(fields: OfferFormFields, offer: Offer | undefined): FormReadiness {
  if (offer) return 'valid'
  const base = fields.pay.base
  const amount = base.kind === 'monthly' ? base.monthly.low : base.annual.low
  return fields.company.trim() === '' || amount.trim() === '' ? 'empty' : 'invalid'
}

const draftKey = (offer: Offer | undefined) => (offer ? JSON.stringify(offer) : '')

/**
 * One offer's form, new (`stored` undefined) or stored. Every change that makes a valid offer
 * goes up as the draft (the verdict beside it moves as the user types); Save or
 * Ctrl/Cmd+Enter stores it, Cancel goes back to the list, Delete (confirmed) removes it.
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
  const form = useForm<OfferFormFields, unknown, OfferFormOutput>({
    defaultValues: initialFields,
    resolver: offerResolver,
    mode: 'onTouched',
  })
  const { formState, getValues, handleSubmit, reset, subscribe } = form
  const [status, setStatus] = useState<Status>(savedBefore ? { kind: 'saved' } : null)
  const [readiness, setReadiness] = useState<FormReadiness>(() =>
    readinessOf(initialFields, offerFromFields(offerId, initialFields)),
  )
  // The stored offer is already in the assessment: only a change is a draft.
  const lastSent = useRef(draftKey(stored ? offerFromFields(offerId, initialFields) : undefined))

  // A change stored elsewhere while the user edits (a status or deadline set beside the form)
  // updates what the user has not touched, and keeps what they have.
  const shown = useRef(values)
  useEffect(() => {
    if (!values || values === shown.current) return
    shown.current = values
    reset(values, { keepDirtyValues: true })
  }, [values, reset])

  const publish = useCallback(() => {
    const fields = getValues()
    const offer = offerFromFields(offerId, fields)
    setReadiness(readinessOf(fields, offer))
    const key = draftKey(offer)
    if (!offer || key === lastSent.current) return
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
        },
      }),
    [subscribe, publish],
  )

  const save = handleSubmit(
    async (output) => {
      try {
        // The draft sent last is what is saved: the values the save resets the form to send
        // nothing more (publish finds them already sent).
        const saved = await saveOffer(db, { ...output, id: offerId })
        onDraftChange(undefined)
        if (stored) {
          reset(fieldsFromStored(saved))
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
  )

  function leave() {
    onDraftChange(undefined)
    goTo('#/offers')
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void save()
    }
  }

  const assessment = live.assessment.offers.find((offer) => offer.offerId === offerId)
  const statusText =
    status?.kind === 'saved'
      ? t('offerEditor.saved')
      : status?.kind === 'invalid'
        ? t('offerEditor.invalid')
        : status?.kind === 'failed'
          ? t('offerEditor.saveFailed', { detail: status.detail })
          : status?.kind === 'deleteFailed'
            ? t('offerEditor.deleteFailed', { detail: status.detail })
            : ''

  return (
    <FormProvider {...form}>
      <form
        className="oe-form"
        aria-labelledby="offerEditor-title"
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(event) => void save(event)}
      >
        <EmployerFields ruleset={live.ruleset} settings={live.sources.settings} />
        <PayFields
          settings={live.sources.settings}
          ruleset={live.ruleset}
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
  return (
    <fieldset className="oe-group">
      <legend>{t('offerEditor.groups.decision')}</legend>
      <InputField
        name="deadline"
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
