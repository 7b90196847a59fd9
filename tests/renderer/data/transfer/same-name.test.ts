import { describe, expect, it } from 'vitest'
import {
  foldForSameName,
  sameNameCounts,
  type SameNameRecords,
} from '../../../../renderer/data/transfer/same-name'

/**
 * Trial 19: the same 8 skills, 3 offers and 5 entries typed on a second computer, then the
 * first one's export merged, gave every name twice and no word before. The count the import's
 * confirm step says: records the merge adds beside one of this computer's with the same key.
 */

const none: SameNameRecords = { skills: [], offers: [], journal: [], goals: [] }

function records(part: Partial<SameNameRecords>): SameNameRecords {
  return { ...none, ...part }
}

describe('foldForSameName', () => {
  it('takes case, width and spaces as the same', () => {
    expect(foldForSameName('Deep  Learning ')).toBe(foldForSameName('deep learning'))
    expect(foldForSameName('ＲＡＧ 检索')).toBe(foldForSameName('rag检索'))
    expect(foldForSameName('DeepLearning')).toBe(foldForSameName('deep learning'))
    expect(foldForSameName('CUDA')).not.toBe(foldForSameName('CUDA C'))
  })
})

describe('sameNameCounts', () => {
  it('counts trial 19: the same records typed on two computers, each table by its own key', () => {
    const skillNames = ['PyTorch', 'CUDA', 'RAG', 'vLLM', 'Agent', '微调', 'Triton', 'LoRA']
    const here = records({
      skills: skillNames.map((name, index) => ({ id: `here-s${String(index)}`, name })),
      offers: [
        { id: 'here-o1', company: '字节跳动', role: 'Seed 推理' },
        { id: 'here-o2', company: 'Moonshot', role: 'Infra' },
        { id: 'here-o3', company: '阿里', role: '' },
      ],
      journal: [1, 2, 3, 4, 5].map((day) => ({
        id: `here-j${String(day)}`,
        date: `2026-11-0${String(day)}`,
        title: `面试 ${String(day)}`,
      })),
    })
    // The other computer typed the same, in its own case, width and spacing, with its own ids.
    const file = records({
      skills: skillNames.map((name, index) => ({
        id: `file-s${String(index)}`,
        name: index % 2 === 0 ? ` ${name.toUpperCase()}` : name,
      })),
      offers: [
        { id: 'file-o1', company: '字节跳动 ', role: 'seed 推理' },
        { id: 'file-o2', company: 'ＭＯＯＮＳＨＯＴ', role: 'infra' },
        { id: 'file-o3', company: '阿里', role: '' },
      ],
      journal: [1, 2, 3, 4, 5].map((day) => ({
        id: `file-j${String(day)}`,
        date: `2026-11-0${String(day)}`,
        title: `面试  ${String(day)}`,
      })),
    })
    expect(sameNameCounts(file, here)).toEqual([
      { table: 'skills', count: 8 },
      { table: 'offers', count: 3 },
      { table: 'journal', count: 5 },
    ])
  })

  it('says nothing when the records are the same ones (the same ids): the merge matches them', () => {
    const here = records({
      skills: [{ id: 's1', name: 'CUDA' }],
      goals: [{ id: 'g1', title: 'Ship a RAG demo' }],
    })
    expect(sameNameCounts(here, here)).toEqual([])
    // Renamed on one computer: still the one record.
    expect(sameNameCounts(records({ skills: [{ id: 's1', name: 'cuda' }] }), here)).toEqual([])
  })

  it('tells records apart by the whole key', () => {
    const here = records({
      offers: [{ id: 'o1', company: '字节跳动', role: 'Seed' }],
      journal: [{ id: 'j1', date: '2026-11-01', title: '二面' }],
    })
    const file = records({
      // Another team of the same company; the same title on another day.
      offers: [{ id: 'o2', company: '字节跳动', role: 'Doubao' }],
      journal: [{ id: 'j2', date: '2026-11-02', title: '二面' }],
    })
    expect(sameNameCounts(file, here)).toEqual([])
  })

  it('leaves out a stored record the file holds too, whatever the file now calls it', () => {
    // Here: s1 "CUDA". The file renamed s1 to "Triton" and added s2 "CUDA": after the merge
    // s1 is the file's or this computer's, one record; s2 is not beside a copy of itself made
    // apart, as the file holds both already.
    const here = records({ skills: [{ id: 's1', name: 'CUDA' }] })
    const file = records({
      skills: [
        { id: 's1', name: 'Triton' },
        { id: 's2', name: 'CUDA' },
      ],
    })
    expect(sameNameCounts(file, here)).toEqual([])
  })

  it('takes two skill names for one as the skill editor does: dots, dashes, 繁體', () => {
    const here = records({
      skills: [
        { id: 's1', name: 'Node.js' },
        { id: 's2', name: 'Triton-kernels' },
        { id: 's3', name: '深度学习' },
      ],
    })
    const file = records({
      skills: [
        { id: 'f1', name: 'NodeJS' },
        { id: 'f2', name: 'triton kernels' },
        { id: 'f3', name: '深度學習' },
        { id: 'f4', name: 'Node' },
      ],
    })
    expect(sameNameCounts(file, here)).toEqual([{ table: 'skills', count: 3 }])
  })

  it('counts goals by title', () => {
    const here = records({ goals: [{ id: 'g1', title: 'Ship a RAG demo' }] })
    const file = records({ goals: [{ id: 'g2', title: 'ship a  RAG demo' }] })
    expect(sameNameCounts(file, here)).toEqual([{ table: 'goals', count: 1 }])
  })

  it('counts a file record not stored when only some stored records are given, ids in full', () => {
    const stored = records({ journal: [{ id: 'j1', date: '2026-11-01', title: '二面' }] })
    const file = records({
      journal: [
        // Stored with another date (not among the records given): the same record, not added.
        { id: 'j9', date: '2026-11-01', title: '二面' },
        { id: 'j2', date: '2026-11-01', title: '二面' },
      ],
    })
    const ids = {
      skills: new Set<string>(),
      offers: new Set<string>(),
      journal: new Set(['j1', 'j9']),
      goals: new Set<string>(),
    }
    expect(sameNameCounts(file, stored, ids)).toEqual([{ table: 'journal', count: 1 }])
  })
})
