import { Fragment, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry, StoredOffer, StoredSkill } from '../../../../data/records'
import type { UiLanguage } from '../../../i18n/i18n'
import { timelineHash } from '../timeline/timeline-hash'
import { LazyEntryMarkdown } from './lazy-markdown'

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** An ISO date as the language writes it (2026年11月30日, 30 Nov 2026), the same day everywhere. */
export function formatEntryDate(isoDate: string, language: UiLanguage): string {
  let format = dayFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })
    dayFormats.set(language, format)
  }
  const day = new Date(`${isoDate}T00:00:00Z`)
  return Number.isNaN(day.getTime()) ? isoDate : format.format(day)
}

/** A stored entry as read: what it is about, then its text rendered from Markdown. */
export function EntryView({
  entry,
  skills,
  offers,
}: {
  entry: StoredJournalEntry
  skills: readonly StoredSkill[]
  offers: readonly StoredOffer[]
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const offer =
    entry.offerId === undefined ? undefined : offers.find((each) => each.id === entry.offerId)
  const skillText = (skillId: string) => {
    const name =
      skills.find((skill) => skill.id === skillId)?.name ?? t('journalEntry.meta.missingSkill')
    const kind = entry.evidence.find((link) => link.skillId === skillId)?.kind
    return kind
      ? t('journalEntry.meta.evidence', { skill: name, kind: t(`skills.evidenceKinds.${kind}`) })
      : name
  }
  return (
    <article className="je-view">
      <dl className="je-meta">
        <div>
          <dt>{t('journalEntry.meta.kind')}</dt>
          <dd>
            <span className={`je-kind-badge je-kind-${entry.kind}`}>
              {t(`journal.kind.${entry.kind}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('journalEntry.meta.date')}</dt>
          <dd>
            <time dateTime={entry.date}>{formatEntryDate(entry.date, language)}</time>
          </dd>
        </div>
        {entry.company ? (
          <div>
            <dt>{t('journalEntry.meta.company')}</dt>
            <dd>{entry.company}</dd>
          </div>
        ) : null}
        {entry.tags.length > 0 ? (
          <div>
            <dt>{t('journalEntry.meta.tags')}</dt>
            <dd>
              <ul className="je-tag-links">
                {entry.tags.map((tag) => (
                  <li key={tag}>
                    <a href={`#/journal?tag=${encodeURIComponent(tag)}`}>{tag}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {entry.skillIds.length > 0 ? (
          <div>
            <dt>{t('journalEntry.meta.skills')}</dt>
            <dd>
              {/* Each skill opens the timeline of its entries, as each tag does: they were plain
                  words, and the way to the skill's other entries was the Filters' list. */}
              {entry.skillIds.map((skillId, index) => (
                <Fragment key={skillId}>
                  {index > 0 ? (i18n.language === 'zh-CN' ? '、' : ', ') : null}
                  {skills.some((skill) => skill.id === skillId) ? (
                    <a href={timelineHash({ skillId })}>{skillText(skillId)}</a>
                  ) : (
                    skillText(skillId)
                  )}
                </Fragment>
              ))}
            </dd>
          </div>
        ) : null}
        {entry.offerId !== undefined ? (
          <div>
            <dt>{t('journalEntry.meta.offer')}</dt>
            <dd>
              {offer ? (
                <a className="je-offer-link" href={`#/offers/${encodeURIComponent(offer.id)}`}>
                  {t('journalEntry.offer.option', { company: offer.company, role: offer.role })}
                </a>
              ) : (
                t('journalEntry.meta.missingOffer')
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      {entry.body.trim() === '' ? (
        <p className="muted">{t('journalEntry.noText')}</p>
      ) : (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <LazyEntryMarkdown text={entry.body} />
        </Suspense>
      )}
    </article>
  )
}
