// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { StoredOffer, StoredSkill } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { TimelineFilters } from '../../../../renderer/ui/screens/journal/timeline/TimelineFilters'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

// Trial 18 L7: the Skill and Offer filters listed items in the order they were added, and the
// offers mixed closed ones in with those under way. By name now (zh-CN by pinyin), live first.

afterEach(() => {
  cleanup()
})

const skill = (id: string, name: string) => ({ id, name }) as StoredSkill
const offer = (id: string, company: string, role: string, status: StoredOffer['status']) =>
  ({ id, company, role, status }) as StoredOffer

// In the order they were added: neither by name nor by code point.
const SKILLS = [
  skill('s1', '字节推理'),
  skill('s2', 'vLLM'),
  skill('s3', '阿里 RAG'),
  skill('s4', 'Go 10'),
  skill('s5', 'go 2'),
]
const OFFERS = [
  offer('o1', '字节跳动', '推理', 'considering'),
  offer('o2', '腾讯', '', 'declined'),
  offer('o3', '阿里巴巴', '', 'negotiating'),
  offer('o4', '百度', '', 'expired'),
  offer('o5', '阿里巴巴', 'Agent', 'considering'),
]

/** In code-point order, as the journal's tag index gives them (trial 22 #5 saw this order). */
const TAGS = ['llm', '入门', '分散式訓練', '开源', '微調', '推理', '面试']

async function renderFilters(language: UiLanguage) {
  const db = new TidemarkDatabase(`filter-order-${crypto.randomUUID()}`)
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        {/* A filter on, so the filters are unfolded. */}
        <TimelineFilters
          filter={{ tag: 'llm' }}
          onChange={() => undefined}
          tags={TAGS}
          skills={SKILLS}
          offers={OFFERS}
        />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

const texts = (parent: Element, selector: string) =>
  [...parent.querySelectorAll(selector)].map((each) => each.textContent)

describe('the filters’ skill and offer lists', () => {
  it('list skills by name, digits as numbers, Chinese by pinyin (zh-CN)', async () => {
    await renderFilters('zh-CN')
    const select = screen.getByRole('combobox', { name: '技能' })
    expect(texts(select, 'option').slice(1)).toEqual([
      '阿里 RAG',
      '字节推理',
      'go 2',
      'Go 10',
      'vLLM',
    ])
  })

  it('list Latin names first in English, then Chinese ones by pinyin', async () => {
    await renderFilters('en')
    const select = screen.getByRole('combobox', { name: 'Skill' })
    expect(texts(select, 'option').slice(1)).toEqual([
      'go 2',
      'Go 10',
      'vLLM',
      '阿里 RAG',
      '字节推理',
    ])
  })

  it('list offers under way first, then the closed ones, each by company (en)', async () => {
    await renderFilters('en')
    const select = screen.getByRole('combobox', { name: 'Offer' })
    const groups = select.querySelectorAll('optgroup')
    expect([...groups].map((group) => group.label)).toEqual(['Under way', 'Closed'])
    expect(texts(groups[0] as Element, 'option')).toEqual([
      '阿里巴巴',
      '阿里巴巴: Agent',
      '字节跳动: 推理',
    ])
    expect(texts(groups[1] as Element, 'option')).toEqual(['百度', '腾讯'])
  })

  it('name the groups in Chinese', async () => {
    await renderFilters('zh-CN')
    const select = screen.getByRole('combobox', { name: 'Offer' })
    expect([...select.querySelectorAll('optgroup')].map((group) => group.label)).toEqual([
      '进行中',
      '已结束',
    ])
  })
})

describe('the filters’ tag list', () => {
  // New-user trial 22 #5: tags came in code-point order (入门|分散式訓練|开源|微調|推理…), unlike
  // the skills and offers beside them.
  it('lists tags by pinyin in zh-CN, Chinese first', async () => {
    await renderFilters('zh-CN')
    const select = screen.getByRole('combobox', { name: '标签' })
    expect(texts(select, 'option').slice(1)).toEqual([
      '分散式訓練',
      '开源',
      '面试',
      '入门',
      '推理',
      '微調',
      'llm',
    ])
  })
})
