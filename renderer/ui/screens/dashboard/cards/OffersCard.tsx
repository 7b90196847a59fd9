import { useDeferredValue, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { StoredOffer } from '../../../../data/records'
import { formatChangeRange, formatFenRange } from '../../../format/amount'
import type { LiveSkillsAndOffers } from '../../../hooks/use-assessment'
import { useOverflowsSideways } from '../../../hooks/use-overflows-sideways'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { deadlineLooksMistyped } from '../../../deadlines/deadline-reminders'
import { rangeLines } from '../../../format/range-lines'
import { payRatesWrongTexts } from '../../../format/rate-wrong'
import { dayOf, daysBetween } from '../calendar'
import { formatDay, formatRelativeDays } from '../dashboard-format'
import { currentPayRateWrongTexts } from '../../../format/current-pay-rate'
import { DashboardCard } from './DashboardCard'

const OPEN = new Set<StoredOffer['status']>(['considering', 'negotiating'])

/** Rows drawn with the first paint; the rest follow in the next, low-priority render. */
const FIRST_ROWS = 10

interface Row {
  offer: StoredOffer
  assessment: OfferAssessment | undefined
}

/** Riskiest first; an offer whose pay could not be read (no risk computed) last. */
function byRisk(a: Row, b: Row): number {
  const risk = (row: Row) => (row.assessment?.ok ? row.assessment.risk.score : -1)
  return risk(b) - risk(a) || a.offer.company.localeCompare(b.offer.company)
}

/**
 * A pay or raise figure that may break after a range's dash and nowhere else, each end whole
 * ("1.45M–" over "1.78M", "+92.8% –" over "+138%", never "257" over "万"), as the comparison's
 * do: where the card is narrow (three cards across from 1600 px) ranges held on one line
 * scrolled the table sideways.
 */
function RangeFigure({ value }: { value: string }) {
  const lines = rangeLines(value)
  if (!lines) return <span className="dash-figure">{value}</span>
  return (
    <>
      <span className="dash-figure">{lines.low}</span>
      {lines.gap === '' ? <wbr /> : lines.gap}
      <span className="dash-figure">{lines.high}</span>
    </>
  )
}

/** Open offers, riskiest first, with their pay, raise and deadline; the deadlines that have
 *  passed (an open offer past its deadline needs an answer more than the next one does), and
 *  the next deadline. */
export function OffersCard({
  live,
  nextDeadline,
  passedDeadlines,
  today,
}: {
  live: LiveSkillsAndOffers
  nextDeadline: StoredOffer | undefined
  passedDeadlines: StoredOffer[]
  today: string
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const assessments = new Map(live.assessment.offers.map((offer) => [offer.offerId, offer]))
  const rows = live.sources.offers
    .filter((offer) => OPEN.has(offer.status))
    .map((offer) => ({ offer, assessment: assessments.get(offer.id) }))
    .sort(byRisk)
  // A long list (a hundred open offers) would hold up the whole dashboard's first paint: the
  // riskiest rows come with it, the rest a moment later, when the page is free.
  const shown = useDeferredValue(rows.length, Math.min(rows.length, FIRST_ROWS))
  const day = (date: string) => formatDay(date, language, today)
  const daysPassed = (date: string) => {
    const count = daysBetween(date, today)
    return { count, formatted: formatNumber(count, language) }
  }
  // A row's deadline: its day, and how long ago when it has passed; one the form would refuse
  // (0006-02-02, stored before it held the range) as typed, with a word to check it.
  const deadlineCell = (deadline: string | undefined) => {
    if (deadline === undefined) return t('dashboard.offers.noDeadline')
    const mistyped = deadlineLooksMistyped(deadline, dayOf(today))
    return (
      <>
        {mistyped ? deadline : day(deadline)}
        {mistyped || deadline < today ? (
          <span className={mistyped ? 'dash-passed dash-date-check' : 'dash-passed'}>
            {mistyped
              ? t('offerStatus.daysLeft.mistyped')
              : t('dashboard.offers.passed', daysPassed(deadline))}
          </span>
        ) : null}
      </>
    )
  }
  const [lastPassed] = passedDeadlines
  const scroller = useRef<HTMLDivElement>(null)
  const overflows = useOverflowsSideways(scroller)

  return (
    <DashboardCard
      title={t('dashboard.offers.title')}
      link={{ href: '#/offers', label: t('dashboard.offers.link') }}
      className="dash-offers"
      testId="dashboard-offers"
    >
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.offers.none')}</p>
      ) : (
        <>
          {lastPassed?.deadline ? (
            <p className="dash-deadline dash-deadline-passed">
              {t('dashboard.offers.passedDeadline', {
                ...daysPassed(lastPassed.deadline),
                company: lastPassed.company,
                date: day(lastPassed.deadline),
              })}
              {passedDeadlines.length > 1
                ? ` ${t('dashboard.offers.morePassed', {
                    count: passedDeadlines.length - 1,
                    formatted: formatNumber(passedDeadlines.length - 1, language),
                  })}`
                : null}
            </p>
          ) : null}
          <p className="dash-deadline">
            {nextDeadline?.deadline
              ? t('dashboard.offers.nextDeadline', {
                  company: nextDeadline.company,
                  date: day(nextDeadline.deadline),
                  relative: formatRelativeDays(daysBetween(today, nextDeadline.deadline), language),
                })
              : t('dashboard.offers.noNextDeadline')}
          </p>
          {/* Every raise below is set against the current pay: a rate of the wrong size under it
              is named once, above them (look 31), as an offer's is in its row. */}
          {currentPayRateWrongTexts(t, language, 'raises', live.assessment.currentPay).map(
            (text) => (
              <p key={text} className="dash-rate-wrong" role="note">
                {text}
              </p>
            ),
          )}
          {/* Scrolls sideways in a narrow window: then a region a keyboard can reach and scroll
              (axe: scrollable-region-focusable, new-user trial at 720 px), named apart from its
              card; where it fits, a plain box and no extra tab stop. */}
          <div
            ref={scroller}
            className="dash-table-scroll"
            {...(overflows
              ? { role: 'region', 'aria-label': t('dashboard.offers.table'), tabIndex: 0 }
              : {})}
          >
            <table className="figures dash-offers-table">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.offers.offer')}</th>
                  <th scope="col">{t('dashboard.offers.risk')}</th>
                  <th scope="col" className="numeric">
                    {t('dashboard.offers.pay')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('dashboard.offers.raise')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('dashboard.offers.deadline')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, shown).map(({ offer, assessment }) => (
                  <tr key={offer.id}>
                    <th scope="row">
                      {/* Each row opens its offer (new-user trial 17: the rows were not links,
                          and Tab went from the card's title to the comparison). */}
                      <a
                        className="dash-offer-company"
                        href={`#/offers/${encodeURIComponent(offer.id)}`}
                      >
                        {offer.company}
                      </a>{' '}
                      <span className="dash-offer-meta">
                        {[offer.role, t(`dashboard.offers.status.${offer.status}`)]
                          .filter((part) => part !== '')
                          .join(' · ')}
                      </span>
                      {/* A wrong-size rate under its figures, in the row's header: read out with
                          each of them, and wrapping where the figures' columns may not (look 31). */}
                      {assessment?.ok
                        ? payRatesWrongTexts(t, language, 'dashboard', assessment.pay).map(
                            (text) => (
                              <span key={text} className="dash-rate-wrong" role="note">
                                {text}
                              </span>
                            ),
                          )
                        : null}
                    </th>
                    {assessment?.ok ? (
                      <>
                        <td className="dash-risk-cell">
                          <span className="dash-risk" data-level={assessment.risk.level}>
                            {t('dashboard.offers.riskScore', {
                              level: t(`dashboard.offers.riskLevel.${assessment.risk.level}`),
                              score: formatNumber(assessment.risk.score, language),
                            })}
                          </span>
                        </td>
                        <td>
                          <RangeFigure
                            value={formatFenRange(assessment.pay.totalRecurring, language)}
                          />
                        </td>
                        <td>
                          {assessment.raise ? (
                            <RangeFigure value={formatChangeRange(assessment.raise, language)} />
                          ) : (
                            '—'
                          )}
                        </td>
                      </>
                    ) : (
                      <td colSpan={3} className="dash-unreadable">
                        {/* Read, but in a currency with no rate yet (new-user trial 21 #4). */}
                        {assessment?.error.code === 'no-exchange-rate'
                          ? t('dashboard.offers.payNoRate', { currency: assessment.error.currency })
                          : t('dashboard.offers.payUnreadable')}
                      </td>
                    )}
                    <td className="dash-deadline-cell">{deadlineCell(offer.deadline)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </DashboardCard>
  )
}
