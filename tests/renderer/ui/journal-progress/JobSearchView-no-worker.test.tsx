// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { JobSearchView } from '../../../../renderer/ui/screens/journal/jobs/JobSearchView'
import { freshDb, renderWith } from './render'

/**
 * Review 33 L1: where the fold's worker cannot be made (a constructor that throws), the job
 * search waited for its answer for ever: "正在读取日志…" and no figures. The names are counted
 * as written instead.
 */
function ThrowingWorker(): never {
  throw new DOMException('blocked', 'SecurityError')
}

beforeAll(() => {
  vi.stubGlobal('Worker', ThrowingWorker)
})
afterAll(() => {
  vi.unstubAllGlobals()
})
afterEach(cleanup)

it('shows the figures, names as written, when the fold worker cannot be made', async () => {
  const db = await freshDb('jobs-no-worker')
  await saveJournalEntry(db, {
    kind: 'application',
    date: '2026-10-05',
    title: '投递',
    company: '錦江智算',
  })
  await renderWith(db, <JobSearchView />, 'zh-CN')
  expect(await screen.findByTestId('job-search-figures', {}, { timeout: 5000 })).toBeTruthy()
}, 20_000)
