import { Suspense, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import type { EntryFormFields } from './entry-form-fields'
import { fieldControlProps } from '../../../form/described-by'
import { ErrorText } from '../../../form/ErrorText'
import { useEntryError } from './use-entry-error'
import { LazyEntryMarkdown } from './lazy-markdown'
import { weeklyTemplate } from './reflection-template'

/**
 * The entry's text: a Markdown textarea (Enter is a new line, Ctrl/Cmd+Enter saves), a
 * Write / Preview switch, and for an empty reflection the weekly template at one click.
 */
export function BodyField() {
  const { t } = useTranslation()
  const id = useId()
  const { control, register, setValue, getValues } = useFormContext<EntryFormFields>()
  const [kind, body] = useWatch({ control, name: ['kind', 'body'] })
  const [previewing, setPreviewing] = useState(false)
  const error = useEntryError('body')
  const textarea = useRef<HTMLTextAreaElement | null>(null)
  const { ref, ...field } = register('body')

  function fillTemplate() {
    setValue('body', weeklyTemplate(t), { shouldDirty: true })
    if (getValues('title').trim() === '') {
      setValue('title', t('journalEntry.template.title'), { shouldDirty: true })
    }
    setPreviewing(false)
    // After React shows the textarea again, the cursor goes under the first heading.
    requestAnimationFrame(() => {
      const element = textarea.current
      if (!element) return
      element.focus()
      const first = element.value.indexOf('- ') + 2
      element.setSelectionRange(first, first)
      element.scrollTop = 0
    })
  }

  return (
    <div className="field je-body">
      <div className="je-body-bar">
        <label htmlFor={id}>{t('journalEntry.text')}</label>
        {kind === 'reflection' && body.trim() === '' ? (
          <button type="button" className="je-template" onClick={fillTemplate}>
            {t('journalEntry.template.use')}
          </button>
        ) : null}
        <button
          type="button"
          className="je-toggle"
          aria-pressed={previewing}
          aria-controls={previewing ? `${id}-preview` : id}
          onClick={() => {
            setPreviewing(!previewing)
          }}
        >
          {t('journalEntry.preview')}
        </button>
      </div>
      <textarea
        {...fieldControlProps(id, { hint: true, error })}
        rows={10}
        hidden={previewing}
        ref={(element) => {
          ref(element)
          textarea.current = element
        }}
        {...field}
      />
      {previewing ? (
        <div
          id={`${id}-preview`}
          className="je-preview"
          role="region"
          aria-label={t('journalEntry.previewLabel')}
        >
          {body.trim() === '' ? (
            <p className="muted">{t('journalEntry.previewEmpty')}</p>
          ) : (
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <LazyEntryMarkdown text={body} />
            </Suspense>
          )}
        </div>
      ) : null}
      <p id={`${id}-hint`} className="hint">
        {t('journalEntry.textHint')}
      </p>
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  )
}
