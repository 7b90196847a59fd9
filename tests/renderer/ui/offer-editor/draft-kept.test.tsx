// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useMemo, useState, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { listOffers, saveOffer } from '../../../../renderer/data/repositories/offers'
import { readProfile, saveProfile } from '../../../../renderer/data/repositories/profile'
import type { Offer } from '../../../../renderer/domain/model/offer'
import type { Profile } from '../../../../renderer/domain/model/profile'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferEditor } from '../../../../renderer/ui/screens/offers/editor/OfferEditor'
import { ProfilePanel } from '../../../../renderer/ui/screens/skills/profile/ProfilePanel'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/**
 * Typed inputs were lost on leaving the form (new-user trial): a new offer filled in, Alt+1,
 * back to #/offers/new, an empty form; 9 years typed in the profile, Journal, back: gone. The
 * form keeps them while the app runs, as the quick entry and the Rules screen do, and says so
 * on return with a way to discard them. An edit whose offer was saved elsewhere meanwhile
 * says that too, and Save asks once before putting the changes over it.
 */
function OfferHarness({ offerId }: { offerId: string | null }) {
  const [draft, setDraft] = useState<Offer | undefined>()
  const live = useAssessment(useMemo(() => ({ offer: draft }), [draft]))
  return <OfferEditor offerId={offerId} live={live} onDraftChange={setDraft} />
}

async function mount(language: UiLanguage, screenElement: ReactNode) {
  const db = new TidemarkDatabase(`draft-kept-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(language)
  const services = testServices(db, detectPlatform({}), [language])
  const tree = (child: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>{child}</ServicesProvider>
    </I18nextProvider>
  )
  const view = render(tree(<p>elsewhere</p>))
  return {
    db,
    /** Opens the form (again): what the router does on coming back to its address. */
    show: async (element: ReactNode = screenElement) => {
      view.rerender(tree(<p>elsewhere</p>))
      view.rerender(tree(element))
      await waitFor(() => {
        expect(document.querySelector('form')).not.toBeNull()
      })
    },
    leave: () => {
      view.rerender(tree(<p>elsewhere</p>))
    },
  }
}

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }))
    await Promise.resolve()
  })
}

const value = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value

const OFFER = [
  {
    language: 'en',
    company: 'Company',
    notes: 'Notes',
    paste: 'Paste the pay as the recruiter wrote it',
    monthly: 'Monthly base',
    kept: 'Your unsaved changes from before are still here: save them, or discard them.',
    elsewhere:
      'Your unsaved changes from before are still here, but this offer was saved elsewhere since (another window). Saving puts what you see here over it; discard to see what is saved.',
    asked:
      'This offer was saved elsewhere after your changes began. Save again to put yours over it, or discard your changes.',
    discard: 'Discard changes',
    save: 'Save offer',
  },
  {
    language: 'zh-CN',
    company: '公司',
    notes: '备注',
    paste: '按猎头的写法粘贴薪资',
    monthly: '月薪',
    kept: '你之前未保存的修改还在：可以保存，也可以放弃。',
    elsewhere:
      '你之前未保存的修改还在，但这份 offer 之后在别处（另一个窗口）保存过。保存会用这里的内容覆盖它；放弃修改则显示已保存的内容。',
    asked:
      '这份 offer 在你开始修改之后在别处保存过。再按一次保存，用你的修改覆盖它；或者放弃修改。',
    discard: '放弃修改',
    save: '保存 offer',
  },
] as const

describe('a new offer left unsaved', () => {
  for (const c of OFFER) {
    it(`comes back as it was left, says so, and is forgotten when discarded (${c.language})`, async () => {
      const app = await mount(c.language, <OfferHarness offerId={null} />)
      await app.show()
      expect(screen.queryByText(c.kept)).toBeNull()
      await type(c.company, 'Acme AI')
      await type(c.notes, 'Call back Friday')
      await type(c.paste, '月薪 5 万 × 15')
      app.leave()
      await app.show()
      expect(value(c.company)).toBe('Acme AI')
      expect(value(c.notes)).toBe('Call back Friday')
      expect(value(c.paste)).toBe('月薪 5 万 × 15')
      expect(value(c.monthly)).toBe('50000')
      expect(screen.getByText(c.kept)).toBeTruthy()
      expect(await listOffers(app.db)).toEqual([])

      await click(c.discard)
      expect(value(c.company)).toBe('')
      expect(value(c.paste)).toBe('')
      expect(screen.queryByText(c.kept)).toBeNull()
      app.leave()
      await app.show()
      expect(value(c.company)).toBe('')
      expect(screen.queryByText(c.kept)).toBeNull()
    })
  }

  it('is forgotten once saved, under the id it kept', async () => {
    const app = await mount('en', <OfferHarness offerId={null} />)
    await app.show()
    await type('Company', 'Acme AI')
    app.leave()
    await app.show()
    await type('Paste the pay as the recruiter wrote it', '月薪 5 万 × 15')
    await click('Save offer')
    await waitFor(async () => {
      expect(await listOffers(app.db)).toHaveLength(1)
    })
    app.leave()
    await app.show()
    expect(value('Company')).toBe('')
    expect(screen.queryByText(OFFER[0].kept)).toBeNull()
  })
})

describe('a stored offer’s edit left unsaved', () => {
  for (const c of OFFER) {
    it(`says when the offer was saved elsewhere since, and Save asks once (${c.language})`, async () => {
      const app = await mount(c.language, null)
      const stored = await saveOffer(app.db, {
        company: 'Acme AI',
        role: '',
        employerKind: 'startup',
        funding: 'funded',
        pay: { base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 14 } },
        notes: '',
      })
      const editor = <OfferHarness offerId={stored.id} />
      await app.show(editor)
      await type(c.notes, 'Mine')
      app.leave()
      // Another window saves the offer meanwhile.
      await saveOffer(app.db, { ...stored, role: 'Theirs' })
      await app.show(editor)
      expect(value(c.notes)).toBe('Mine')
      expect(screen.getByText(c.elsewhere)).toBeTruthy()

      await click(c.save)
      expect(screen.getByRole('status').textContent).toBe(c.asked)
      expect((await listOffers(app.db))[0]?.notes).toBe('')
      await click(c.save)
      await waitFor(async () => {
        expect((await listOffers(app.db))[0]?.notes).toBe('Mine')
      })
      expect(screen.queryByText(c.elsewhere)).toBeNull()
    })
  }
})

const PROFILE = [
  {
    language: 'en',
    panel: 'Your profile',
    years: 'Years of experience',
    kept: 'Your unsaved changes from before are still here: save them, or discard them.',
    discard: 'Discard changes',
    elsewhere:
      'Your unsaved changes from before are still here, but your profile was saved elsewhere since (another window, an import). Saving puts what you see here over it; discard to see what is saved.',
    asked:
      'Your profile was saved elsewhere after your changes began. Save again to put yours over it, or discard your changes.',
    save: 'Save profile',
  },
  {
    language: 'zh-CN',
    panel: '个人资料',
    years: '工作年限',
    kept: '你之前未保存的修改还在：可以保存，也可以放弃。',
    discard: '放弃修改',
    elsewhere:
      '你之前未保存的修改还在，但你的资料之后在别处（另一个窗口或导入）保存过。保存会用这里的内容覆盖它；放弃修改则显示已保存的内容。',
    asked: '你的资料在你开始修改之后在别处保存过。再按一次保存，用你的修改覆盖它；或者放弃修改。',
    save: '保存资料',
  },
] as const

const SAVED: Profile = {
  education: 'master',
  phdInField: false,
  yearsOfExperience: 6,
  city: '上海',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
  leadership: { businessLine: false, team: false, openSource: false },
}

describe('the profile left unsaved', () => {
  for (const c of PROFILE) {
    it(`comes back as it was left, says so, and is forgotten when discarded (${c.language})`, async () => {
      const app = await mount(c.language, <ProfilePanel onDraftChange={() => undefined} />)
      await saveProfile(app.db, SAVED)
      const show = async () => {
        await app.show()
        await screen.findByRole('button', { name: c.panel })
      }
      await show()
      await click(c.panel) // a saved profile opens folded
      await type(c.years, '9')
      app.leave()
      await show()
      expect(value(c.years)).toBe('9')
      expect(screen.getByText(c.kept)).toBeTruthy()
      expect((await readProfile(app.db))?.yearsOfExperience).toBe(6)

      await click(c.discard)
      expect(value(c.years)).toBe('6')
      expect(screen.queryByText(c.kept)).toBeNull()
      app.leave()
      await show()
      expect(screen.queryByText(c.kept)).toBeNull()
      await click(c.panel)
      expect(value(c.years)).toBe('6')
    })
  }
})

describe('the profile left unsaved, then saved elsewhere', () => {
  for (const c of PROFILE) {
    it(`says so, and Save asks once before putting the changes over it (${c.language})`, async () => {
      const app = await mount(c.language, <ProfilePanel onDraftChange={() => undefined} />)
      await saveProfile(app.db, SAVED)
      const show = async () => {
        await app.show()
        await screen.findByRole('button', { name: c.panel })
      }
      await show()
      await click(c.panel)
      await type(c.years, '9')
      app.leave()
      // Another window saves the profile meanwhile.
      await saveProfile(app.db, { ...SAVED, city: '北京' })
      await show()
      expect(value(c.years)).toBe('9')
      expect(screen.getByText(c.elsewhere)).toBeTruthy()

      await click(c.save)
      expect(screen.getByRole('status').textContent).toBe(c.asked)
      expect((await readProfile(app.db))?.yearsOfExperience).toBe(6)
      await click(c.save)
      await waitFor(async () => {
        expect((await readProfile(app.db))?.yearsOfExperience).toBe(9)
      })
      expect(screen.queryByText(c.elsewhere)).toBeNull()
    })
  }
})
