import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { JobSearchSummary } from '../../../../data/job-search'
import { moverFigures } from '../../../../domain/journal/search-figures'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'

type Row = {
  key: string
  label: string
  you: number
  mover: number | null
  /** The mover's figure is a floor the article gives in words ("三個或以上", three or more). */
  moverAtLeast?: boolean
}

type Reference = Ruleset['jobSearchReference']

/** The reference's values each row's mover figure is read from (a rate from two of them). */
const MOVER_VALUES: Partial<Record<string, readonly string[]>> = {
  companies: ['companiesContacted'],
  interviewsPerWeek: ['interviewsPerWeek'],
  offers: ['offers'],
  offersPerCompany: ['offers', 'companiesContacted'],
  weeks: ['weeks'],
}

/**
 * Whether a row's mover figure is Tidemark's assumption: the reference's note covers its
 * values but those it lists as the article's (trial 16: the article's 21 companies and 4 offers
 * were shown under an "assumption" mark meant for the 5 weeks).
 */
function moverAssumed(reference: Reference, rowKey: string): boolean {
  const note = reference.assumption
  const values = MOVER_VALUES[rowKey]
  if (!note || !values) return false
  const fromArticle = note.articleValues
  return fromArticle === undefined || values.some((value) => !fromArticle.includes(value))
}

const ratioFormats = new Map<UiLanguage, Intl.NumberFormat>()

/** A ratio below one to two decimals (4 offers over 21 companies: 0.19, not 0.2). */
function formatRatio(value: number, language: UiLanguage): string {
  let format = ratioFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
    ratioFormats.set(language, format)
  }
  return format.format(value)
}

/**
 * The user's figures beside the article's mover (L14), a reference to read them against and not
 * a target, with the line they come from.
 */
export function JobSearchFigures({
  summary,
  ruleset,
}: {
  summary: JobSearchSummary
  ruleset: Ruleset
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const noteId = useId()
  const reference = ruleset.jobSearchReference
  const mover = moverFigures(reference)
  const say = (row: Row, value: number) =>
    row.key === 'offersPerCompany' ? formatRatio(value, language) : formatNumber(value, language)
  const sayMover = (row: Row, value: number) =>
    row.moverAtLeast
      ? t('journalProgress.jobs.atLeast', { value: say(row, value) })
      : say(row, value)
  const rows: Row[] = [
    {
      key: 'companies',
      label: t('journalProgress.jobs.companies'),
      you: summary.companiesContacted,
      mover: mover.companiesContacted,
    },
    {
      key: 'applications',
      label: t('journalProgress.jobs.applications'),
      you: summary.application,
      mover: null,
    },
    {
      key: 'interviews',
      label: t('journalProgress.jobs.interviews'),
      you: summary.interview,
      mover: null,
    },
    {
      key: 'interviewsPerWeek',
      label: t('journalProgress.jobs.interviewsPerWeek'),
      you: summary.interviewsPerWeek,
      mover: mover.interviewsPerWeek,
      // L14: "每周都安排了三個或以上面試"; a bare 3 read as his exact count (trial notes).
      moverAtLeast: true,
    },
    {
      key: 'offers',
      label: t('journalProgress.jobs.offers'),
      you: summary.offer,
      mover: mover.offers,
    },
    {
      key: 'offersPerCompany',
      label: t('journalProgress.jobs.offersPerCompany'),
      you: summary.offersPerCompany,
      mover: mover.offersPerCompany,
    },
    {
      key: 'weeks',
      label: t('journalProgress.jobs.weeks'),
      you: summary.weeks,
      mover: mover.weeks,
    },
  ]
  const assumedNote = reference.assumption
    ? language === 'zh-CN'
      ? reference.assumption.noteZhHans
      : reference.assumption.noteEn
    : undefined
  const anyAssumed = rows.some((row) => row.mover !== null && moverAssumed(reference, row.key))
  return (
    <section className="panel job-figures" aria-labelledby="job-figures-title">
      <h2 id="job-figures-title">{t('journalProgress.jobs.figuresTitle')}</h2>
      <p className="hint">{t('journalProgress.jobs.figuresIntro')}</p>
      <p className="hint" data-testid="job-search-counted">
        {t('journalProgress.jobs.counted')}
      </p>
      <table className="figures job-figures-table" data-testid="job-search-figures">
        <thead>
          <tr>
            <th scope="col">{t('journalProgress.jobs.figure')}</th>
            <th scope="col">{t('journalProgress.jobs.you')}</th>
            <th scope="col" className="job-mover">
              {t('journalProgress.jobs.mover')} <span className="muted">(L14)</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td>{say(row, row.you)}</td>
              <td className="job-mover">
                {row.mover === null ? (
                  <span className="muted">{t('journalProgress.jobs.notGiven')}</span>
                ) : moverAssumed(reference, row.key) ? (
                  <>
                    {sayMover(row, row.mover)}{' '}
                    <span className="assumption-mark" aria-describedby={noteId}>
                      {t('citation.assumption')}
                    </span>
                  </>
                ) : (
                  sayMover(row, row.mover)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {anyAssumed && assumedNote ? (
        <p id={noteId} className="hint assumption-note">
          {t('journalProgress.jobs.assumed', { note: assumedNote })}
        </p>
      ) : null}
      <CitationView citation={reference.citation} summary={t('journalProgress.jobs.source')} />
    </section>
  )
}
