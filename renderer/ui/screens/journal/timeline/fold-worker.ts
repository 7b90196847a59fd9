/// <reference lib="webworker" />
import OpenCC from 'opencc-js/t2cn'

/**
 * Folds text to Simplified for highlighting, as the search worker folds what it indexes:
 * building opencc's converter takes about 150 ms, too long for the UI thread.
 */
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

self.onmessage = (event: MessageEvent<{ id: number; texts: string[] }>) => {
  const { id, texts } = event.data
  self.postMessage({ id, folded: texts.map((text) => fold(text)) })
}
