import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredSkill } from '../../../../data/records'
import { listSkills } from '../../../../data/repositories/skills'
import { newId } from '../../../../data/validation'
import type { Skill } from '../../../../domain/model/profile'
import { DEFAULT_RULESET } from '../../../../domain/ruleset/default-ruleset'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { useServices } from '../../../services'
import type { SkillDraft } from '../SkillsScreen'
import { normalizeSkillName } from './skill-suggestions'
import { SkillForm } from './SkillForm'
import { SkillList } from './SkillList'
import { useNewSkillShortcut } from './use-new-skill-shortcut'
import { useUndoableRemoval } from './use-undoable-removal'
import './skills-editor.css'

interface OpenForm {
  skillId: string
  /** The stored skill being edited; undefined for a new one. */
  skill: StoredSkill | undefined
  focus: 'name' | 'evidence'
}

type Status =
  | { kind: 'saved' | 'restored' | 'removed'; name: string }
  | { kind: 'pending'; name: string }
  | { kind: 'error'; text: string }

/** Where focus goes after the next render: the add button, a row's edit button, or Undo. */
type FocusTarget = 'add' | 'undo' | { edit: string }

/**
 * The user's skills and the form to add or edit one, by keyboard: "n" or Alt+N adds, Enter
 * saves, Escape cancels, and focus comes back to the add button for the next skill. The form's
 * unsaved skill and a removal awaiting its undo go up as the draft the assessment lays over
 * what is stored.
 */
export function SkillsEditor({
  live,
  onDraftChange,
}: {
  live: LiveAssessment | undefined
  onDraftChange: (draft: SkillDraft) => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { db } = useServices()
  const stored = useLiveQuery(() => listSkills(db), [db])
  const ruleset = live?.ruleset ?? DEFAULT_RULESET
  const [form, setForm] = useState<OpenForm | undefined>()
  const [formDraft, setFormDraft] = useState<Skill | undefined>()
  const [status, setStatus] = useState<Status | undefined>()
  const panel = useRef<HTMLElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  const editButtons = useRef(new Map<string, HTMLButtonElement>())
  const focusNext = useRef<FocusTarget | undefined>(undefined)

  const removal = useUndoableRemoval({
    isHeld: () => undoButton.current !== null && document.activeElement === undoButton.current,
    onDeleted: (skill) => {
      setStatus((current) =>
        current?.kind === 'pending' && current.name === skill.name
          ? { kind: 'removed', name: skill.name }
          : current,
      )
    },
    onFailed: (skill, error) => {
      setStatus({
        kind: 'error',
        text: t('skills.removeFailed', {
          name: skill.name,
          detail: error instanceof Error ? error.message : String(error),
        }),
      })
    },
  })
  const pendingId = removal.pending?.id

  useEffect(() => {
    const draft: SkillDraft = {}
    if (formDraft) draft.skill = formDraft
    if (pendingId !== undefined) draft.withoutSkillId = pendingId
    onDraftChange(draft)
  }, [formDraft, pendingId, onDraftChange])

  // A render of another update (a live query's) may commit before the one that shows the
  // target, so the request waits until its element is there.
  useEffect(() => {
    const target = focusNext.current
    if (target === undefined) return
    const element =
      target === 'add'
        ? addButton.current
        : target === 'undo'
          ? undoButton.current
          : editButtons.current.get(target.edit)
    if (!element) return
    focusNext.current = undefined
    element.focus()
  })

  const skills = useMemo(() => {
    const order = (skill: StoredSkill) =>
      ruleset.skillDomains.findIndex((rule) => rule.id === skill.domain)
    return (stored ?? [])
      .filter((skill) => skill.id !== pendingId)
      .sort(
        (a, b) =>
          order(a) - order(b) || b.level - a.level || a.name.localeCompare(b.name, language),
      )
  }, [stored, pendingId, ruleset, language])

  const taken = useMemo(
    () =>
      new Set(
        skills
          .filter((skill) => skill.id !== form?.skillId)
          .map((skill) => normalizeSkillName(skill.name)),
      ),
    [skills, form?.skillId],
  )

  const openNew = useCallback(() => {
    if (form) {
      panel.current?.querySelector<HTMLInputElement>('.skill-form [role="combobox"]')?.focus()
      return
    }
    setStatus(undefined)
    setForm({ skillId: newId(), skill: undefined, focus: 'name' })
  }, [form])
  useNewSkillShortcut(openNew)

  const closeForm = useCallback((focus: FocusTarget) => {
    focusNext.current = focus
    setForm(undefined)
    setFormDraft(undefined)
  }, [])

  function onEdit(skill: StoredSkill, focus: 'name' | 'evidence') {
    setStatus(undefined)
    setForm({ skillId: skill.id, skill, focus })
  }

  function onRemove(skill: StoredSkill) {
    if (form?.skillId === skill.id) closeForm('undo')
    else focusNext.current = 'undo'
    removal.remove(skill)
    setStatus({ kind: 'pending', name: skill.name })
  }

  function onUndo() {
    const skill = removal.undo()
    if (!skill) return
    focusNext.current = { edit: skill.id }
    setStatus({ kind: 'restored', name: skill.name })
  }

  const onFormDraft = useCallback((skill: Skill | undefined) => {
    setFormDraft(skill)
  }, [])

  const empty = stored !== undefined && skills.length === 0

  // The add button stays one element in one place, so focus given back to it after a save
  // stays there when the list replaces the empty state.
  return (
    <section className="panel skills-editor" aria-labelledby="skills-title" ref={panel}>
      <h2 id="skills-title">{t('skills.title')}</h2>
      {empty && !form ? (
        <div className="skills-empty">
          <h3>{t('skills.emptyTitle')}</h3>
          <p>{t('skills.emptyText')}</p>
        </div>
      ) : null}
      <div className="skills-add-row">
        <button
          type="button"
          ref={addButton}
          className="skill-add"
          aria-keyshortcuts="N Alt+N"
          aria-describedby="skills-add-shortcut"
          onClick={openNew}
        >
          {t('skills.add')}
        </button>
        <span className="hint" id="skills-add-shortcut">
          {t('skills.addShortcut')}
        </span>
      </div>
      <div role="status" className="skills-editor-status">
        {status === undefined ? null : status.kind === 'error' ? (
          <span className="skill-error">{status.text}</span>
        ) : status.kind === 'pending' ? (
          <>
            {t('skills.removed', { name: status.name })}{' '}
            <button
              type="button"
              ref={undoButton}
              aria-label={t('skills.undoNamed', { name: status.name })}
              onClick={onUndo}
            >
              {t('skills.undo')}
            </button>
          </>
        ) : (
          t(`skills.${status.kind}`, { name: status.name })
        )}
      </div>
      {form ? (
        <SkillForm
          key={form.skillId}
          skill={form.skill}
          skillId={form.skillId}
          live={live}
          ruleset={ruleset}
          taken={taken}
          focus={form.focus}
          onDraft={onFormDraft}
          onSaved={(saved) => {
            setStatus({ kind: 'saved', name: saved.name })
            closeForm(form.skill ? { edit: saved.id } : 'add')
          }}
          onCancel={() => {
            closeForm(form.skill ? { edit: form.skill.id } : 'add')
          }}
        />
      ) : null}
      {stored === undefined ? (
        <p className="muted">{t('skills.loading')}</p>
      ) : empty ? null : (
        <SkillList
          skills={skills}
          live={live}
          ruleset={ruleset}
          editingId={form?.skill?.id}
          buttonRef={(skillId, button) => {
            if (button) editButtons.current.set(skillId, button)
            else editButtons.current.delete(skillId)
          }}
          onEdit={onEdit}
          onRemove={onRemove}
        />
      )}
    </section>
  )
}
