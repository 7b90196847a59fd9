// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/** An unfunded startup with one red flag and two checklist items unknown: high risk, but
 *  neither declined (one flag, two unanswered) nor below any band: negotiated for its risk. */
const RISKY = {
  id: 'o-risky',
  company: '某初创',
  employerKind: 'startup',
  funding: 'unfunded',
  // 1.68M a year: within or above any tier's yearly total, so the pay is not what is negotiated.
  pay: { base: { kind: 'text', text: '120k×14' } },
  checklist: {
    'model-product': 'yes',
    deployment: 'yes',
    roadmap: 'yes',
    'leadership-understands-llms': 'unknown',
    'team-strength': 'unknown',
  },
  redFlags: ['leaderboard-chasing'],
}

/** P1's skills and the offer, with no profile saved (the engine stands in a neutral one). */
function withoutProfile() {
  const stored = storedPersona('p1', [RISKY])
  return { ...stored, sources: { ...stored.sources, profile: undefined } }
}

async function whySentences(language: UiLanguage, name: string) {
  const { live } = await renderVerdict(withoutProfile(), 'o-risky', language)
  const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-risky')
  if (!assessed?.ok) throw new Error('the offer reads')
  expect(live.profileSaved).toBe(false)
  expect(assessed.recommendation.reasons[0]?.ruleId).toBe('negotiate-high-risk')
  return within(screen.getByRole('region', { name }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.reason-text')?.textContent ?? '')
}

describe('with no profile saved, the verdict does not say the user has no job', () => {
  it('says the situation is not known (en)', async () => {
    const sentences = await whySentences('en', 'Why')
    expect(sentences[0]).toMatch(
      /^Risk \d+ is high, and your own situation is not known \(no profile is saved, or you would rather not say\): ask for terms/,
    )
    expect(sentences.join('\n')).not.toContain('you are not in a job')
  })

  it('says so in Chinese', async () => {
    const sentences = await whySentences('zh-CN', '依据')
    expect(sentences[0]).toMatch(
      /还不清楚你目前的工作情况（还没有保存个人资料，或你选择不透露）：争取/,
    )
    expect(sentences.join('\n')).not.toContain('你目前没有工作')
  })

  it('still says it where the saved profile says so', async () => {
    const stored = storedPersona('p1', [RISKY])
    if (!stored.sources.profile) throw new Error('P1 has a profile')
    const { currentPay: _pay, ...profile } = stored.sources.profile
    await renderVerdict(
      {
        ...stored,
        sources: { ...stored.sources, profile: { ...profile, stability: 'not-employed' } },
      },
      'o-risky',
      'en',
    )
    const why = within(screen.getByRole('region', { name: 'Why' }))
    expect(why.getByText(/and you are not in a job: ask for terms/)).toBeTruthy()
  })
})
