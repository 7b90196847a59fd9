// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import { offerSchema } from '../../../../renderer/domain/model/offer'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferComparison } from '../../../../renderer/ui/screens/offers/compare/OfferComparison'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(cleanup)

/** An unfunded startup with one red flag and two items unknown: negotiated for its high risk. */
const RISKY = offerSchema.parse({
  id: 'o-risky',
  company: '某初创',
  employerKind: 'startup',
  funding: 'unfunded',
  pay: { base: { kind: 'text', text: '120k×14' } },
  checklist: {
    'model-product': 'yes',
    deployment: 'yes',
    roadmap: 'yes',
    'leadership-understands-llms': 'unknown',
    'team-strength': 'unknown',
  },
  redFlags: ['leaderboard-chasing'],
})

function Harness() {
  const live = useAssessment()
  return live ? <OfferComparison live={live} /> : null
}

/** The comparison's recommendation reasons for the offer, with no profile saved. */
async function recommendationReasons(language: UiLanguage): Promise<string> {
  const db = new TidemarkDatabase(`compare-situation-${crypto.randomUUID()}`)
  await db.open()
  await saveOffer(db, RISKY, new Date('2026-03-01T10:00:00'))
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <Harness />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await waitFor(
    () => {
      expect(document.querySelector('tr[data-row="recommendation"] .reason-text')).not.toBeNull()
    },
    { timeout: 10_000 },
  )
  return document.querySelector('tr[data-row="recommendation"]')?.textContent ?? ''
}

describe('the comparison with no profile saved', { timeout: 30_000 }, () => {
  it('says the situation is not known, not that the user has no job (en)', async () => {
    const text = await recommendationReasons('en')
    expect(text).toContain(
      'your own situation is not known (no profile is saved, or you would rather not say)',
    )
    expect(text).not.toContain('you are not in a job')
  })

  it('in Chinese', async () => {
    const text = await recommendationReasons('zh-CN')
    expect(text).toContain('还不清楚你目前的工作情况（还没有保存个人资料，或你选择不透露）')
    expect(text).not.toContain('你目前没有工作')
  })
})
