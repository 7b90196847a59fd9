import OpenCC from 'opencc-js/t2cn'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

/**
 * Review 33 M1: foldTexts read its answer from the shared cache after waiting for the worker;
 * past the cache's limit the cache was cleared in that wait, and a name folded before it came
 * back as written: the job search then counted 錦江智算 and 锦江智算 apart again.
 */
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: (() => void) | null = null
  postMessage(data: { id: number; texts: string[] }) {
    setTimeout(() => {
      this.onmessage?.({
        data: { id: data.id, folded: data.texts.map(toSimplified) },
      } as MessageEvent)
    }, 1)
  }
}

beforeAll(() => {
  vi.stubGlobal('Worker', FakeWorker)
})
afterAll(() => {
  vi.unstubAllGlobals()
})

it('answers a name folded earlier though the cache is cleared while the worker answers', async () => {
  const { foldTexts } = await import('../../../../renderer/ui/screens/journal/timeline/use-fold')
  expect(await foldTexts(['錦江智算'])).toEqual(['锦江智算'])
  // Past the cache's limit: the next call that waits for the worker clears it.
  await foldTexts(Array.from({ length: 5001 }, (_, index) => `text ${String(index)}`))
  expect(await foldTexts(['錦江智算', '新公司'])).toEqual(['锦江智算', '新公司'])
})
