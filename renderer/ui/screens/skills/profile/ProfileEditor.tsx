import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProvider, useForm, useWatch, type Control } from 'react-hook-form'
import type { StoredProfile } from '../../../../data/records'
import { saveProfile } from '../../../../data/repositories/profile'
import type { Profile } from '../../../../domain/model/profile'
import { useStoredForAssessment } from '../../../hooks/stored-for-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { sameValues } from '../../../form/kept-drafts'
import { NO_PASTED_LINE, type PastedLine } from '../../../form/paste-fill'
import { useServices } from '../../../services'
import { PayFields } from './PayFields'
import { BackgroundFields, LeadershipFields, WorkFields } from './ProfileFields'
import {
  formValuesFrom,
  profileFrom,
  profileResolver,
  type ProfileFormValues,
} from './profile-form-values'
import { PROFILE, profileDrafts } from './profile-draft'
import { profileSummary } from './profile-summary'
import { readProfilePay } from './read-pay'

type Status =
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'pasteUnread' }
  | { kind: 'overwriteAsked' }
  | { kind: 'failed'; detail: string }
  | null

/**
 * The profile form over the stored profile. Every change that makes a valid profile goes up as
 * a draft (the assessment beside it moves as the user types); Save (or Ctrl/Cmd+Enter) stores
 * it and drops the draft, Discard goes back to what is stored. Unsaved inputs are kept when
 * the user leaves the screen (profile-draft.ts) and come back, said; Save and Discard forget them.
 */
export function ProfileEditor({
  stored,
  onDraftChange,
}: {
  stored: StoredProfile | undefined
  onDraftChange: (profile: Profile | undefined) => void
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const formId = useId()
  // Stored values flow in through `values`: a save, an import or a sample profile resets the form.
  const values = useMemo(() => formValuesFrom(stored), [stored])
  const form = useForm<ProfileFormValues, unknown, Profile>({
    values,
    resolver: profileResolver,
    mode: 'onTouched',
  })
  const { control, formState, getValues, handleSubmit, reset, setFocus, subscribe } = form
  // Inputs left unsaved on an earlier visit to the screen.
  const [kept] = useState(() => profileDrafts.read(db, PROFILE))
  const [keptNote, setKeptNote] = useState(kept !== null)
  // The stored profile was saved again (another window, an import) after the kept changes
  // began: Save would put them over it, so the form says so, and Save asks once.
  const [savedElsewhere, setSavedElsewhere] = useState(
    () => kept !== null && !sameValues(kept.basis, values),
  )
  const [open, setOpen] = useState(kept?.open ?? stored === undefined)
  const [pasted, setPasted] = useState<PastedLine>(kept?.pasted ?? NO_PASTED_LINE)
  const paste = pasted.text
  const [status, setStatus] = useState<Status>(null)
  const basis = useRef(kept?.basis ?? values)
  const latest = useRef({ values, pasted, open })

  /** Keeps the inputs for the next visit while they differ from what is stored. */
  const keepDraft = useCallback(() => {
    const now = latest.current
    const current = getValues()
    const changed = !sameValues(current, now.values) || now.pasted.text !== ''
    profileDrafts.keep(
      db,
      PROFILE,
      changed
        ? {
            values: structuredClone(current),
            basis: basis.current,
            pasted: now.pasted,
            open: now.open,
          }
        : null,
    )
  }, [db, getValues])

  // Back with kept inputs: after the form took up what is stored (useForm's own effect, above),
  // it shows them, dirty against it, and the assessment weighs them.
  useEffect(() => {
    if (!kept) return
    reset(kept.values, { keepDefaultValues: true })
    const profile = profileFrom(kept.values)
    if (profile) onDraftChange(profile)
    // Once, as the form opens: later changes of what is stored reset the form as before.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    latest.current = { values, pasted, open }
    if (!savedElsewhere) basis.current = values
    keepDraft()
  }, [values, pasted, open, keepDraft, savedElsewhere])

  const publishDraft = useCallback(() => {
    setStatus(null)
    const profile = profileFrom(getValues())
    if (profile) onDraftChange(profile)
  }, [getValues, onDraftChange])

  // A subscription, not a watch in render: typing re-renders only the field typed in.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ type }) => {
          if (type === 'change') publishDraft()
          keepDraft()
        },
      }),
    [subscribe, publishDraft, keepDraft],
  )

  function forgetDraft() {
    profileDrafts.keep(db, PROFILE, null)
    setPasted(NO_PASTED_LINE)
    latest.current = { ...latest.current, pasted: NO_PASTED_LINE }
    setKeptNote(false)
    setSavedElsewhere(false)
  }

  // Made as Save is pressed (it reads the draft's refs, which a render must not).
  const save = () =>
    handleSubmit(
      async (profile) => {
        try {
          const saved = await saveProfile(db, profile)
          const savedValues = formValuesFrom(saved)
          basis.current = savedValues
          latest.current = { ...latest.current, values: savedValues }
          forgetDraft()
          reset(savedValues)
          onDraftChange(undefined)
          setStatus({ kind: 'saved' })
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
   * A pasted pay line is only a way to fill the pay fields; the fields are what is saved. One
   * that could not be read filled nothing, so saving then stored no pay while saying "Saved."
   * (new-user trial): the user is sent back to the line instead.
   */
  function submit() {
    if (paste.trim() !== '' && !readProfilePay(paste).ok) {
      setStatus({ kind: 'pasteUnread' })
      document.getElementById(formId)?.querySelector<HTMLElement>('[name="payPaste"]')?.focus()
      return
    }
    if (savedElsewhere && status?.kind !== 'overwriteAsked') {
      setStatus({ kind: 'overwriteAsked' })
      return
    }
    void save()
  }

  function discard() {
    forgetDraft()
    basis.current = values
    // The Discard button goes with the draft: focus goes to the form's first field, not the
    // page's body (field refs kept, so setFocus finds it: see the offer form's 361cacb).
    reset(formValuesFrom(stored), { keepFieldsRef: true })
    onDraftChange(undefined)
    setStatus(null)
    setFocus('education')
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      submit()
    }
  }

  const changed = formState.isDirty || paste !== ''
  const statusText =
    status?.kind === 'saved'
      ? t('profile.saved')
      : status?.kind === 'invalid'
        ? t('profile.invalid')
        : status?.kind === 'pasteUnread'
          ? t('profile.pasteUnread')
          : status?.kind === 'overwriteAsked'
            ? t('profile.overwriteAsked')
            : status?.kind === 'failed'
              ? t('profile.saveFailed', { detail: status.detail })
              : ''

  return (
    <section className="panel profile-panel" aria-labelledby="profile-title">
      <div className="profile-header">
        <h2 id="profile-title">
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls={formId}
            onClick={() => {
              setOpen(!open)
            }}
          >
            <span className="disclosure-mark" aria-hidden="true" />
            {t('profile.title')}
          </button>
        </h2>
        {open ? null : (
          <ProfileSummaryLine control={control} saved={stored !== undefined} changed={changed} />
        )}
      </div>
      {stored === undefined && open ? (
        <p className="invitation">{t('profile.invitation')}</p>
      ) : null}
      {keptNote ? (
        <p className={savedElsewhere ? 'profile-kept profile-kept-elsewhere' : 'profile-kept'}>
          {savedElsewhere ? t('profile.keptSavedElsewhere') : t('profile.kept')}
        </p>
      ) : null}
      <FormProvider {...form}>
        <form
          id={formId}
          className="profile-form"
          hidden={!open}
          noValidate
          onKeyDown={onKeyDown}
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <BackgroundFields />
          <WorkFields />
          <LeadershipFields />
          <PayFields pasted={pasted} onPasted={setPasted} onPayChanged={publishDraft} />
          <div className="actions profile-actions">
            <button type="submit" className="primary" aria-keyshortcuts="Control+Enter Meta+Enter">
              {t('profile.save')}
            </button>
            <span className="hint shortcut">{t('profile.saveShortcut')}</span>
            <button type="button" disabled={!changed} onClick={discard}>
              {t('profile.discard')}
            </button>
          </div>
          <p
            role="status"
            className={status?.kind === 'saved' || !status ? 'status' : 'status error'}
          >
            {statusText}
          </p>
          {changed && !status && !keptNote ? (
            <p className="hint">{t('profile.draftNote')}</p>
          ) : null}
        </form>
      </FormProvider>
    </section>
  )
}

/** The collapsed panel's one line: the profile as typed, and whether it is saved. */
function ProfileSummaryLine({
  control,
  saved,
  changed,
}: {
  control: Control<ProfileFormValues, unknown, Profile>
  saved: boolean
  changed: boolean
}) {
  const { t, i18n } = useTranslation()
  // The exchange rates and the ruleset in use: the engine counts the pay's yearly total with
  // them (the screen's assessment reads the same shared query).
  const stored = useStoredForAssessment()
  const counting = stored
    ? { settings: stored.sources.settings, ruleset: stored.rulesetInUse.ruleset }
    : undefined
  const values = useWatch({ control }) as ProfileFormValues
  const mark = !saved ? t('profile.notSaved') : changed ? t('profile.unsavedMark') : ''
  return (
    <p className="profile-summary">
      {profileSummary(values, t, i18n.language as UiLanguage, counting).map((part, index) => (
        <span key={index} className="summary-part">
          {index > 0 ? ' · ' : ''}
          <span>{part}</span>
        </span>
      ))}
      {mark ? <span className="profile-marks"> ({mark})</span> : null}
    </p>
  )
}
