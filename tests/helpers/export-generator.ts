import { EXPORT_FORMAT, EXPORT_VERSION } from '../../renderer/data/transfer/export-format'
import { seededRandom } from './seeded-random'

/**
 * Export files of any size for tests and benchmarks: a journal of `entries` entries mixing
 * Chinese (Simplified and Traditional) and English, spread over three years, from a seeded
 * generator so every run writes the same file. Records are built as the export schema wants
 * them; tests that need the file checked run it through checkImportText.
 */

const ZH = [
  '字节二面问了推理加速和量化',
  '今天读了 FlashAttention 的论文，理解了分块计算',
  '用 LoRA 微调了一个 7B 模型，显存占用下降很多',
  '面试官很关心大模型训练的稳定性',
  '复盘：这周主要在做 vLLM 的部署和压测',
  '学习 Megatron-LM 的张量并行',
  '和猎头聊了月之暗面的岗位，年薪 150 万左右',
  '整理了 DeepSpeed ZeRO 的笔记',
]
const ZH_HANT = [
  '今天讀了大模型訓練的論文',
  '字節三面問了推理優化和記憶體管理',
  '複盤：這週學習了量化感知訓練',
]
const EN = [
  'Read about quantization: GPTQ and AWQ compared',
  'Interview loop at a startup, asked about inference serving',
  'Shipped continuous batching to production',
  'Notes on speculative decoding and KV cache reuse',
  'Reflection: spent too long on leaderboard tuning',
]
const KINDS = ['learning', 'project', 'application', 'interview', 'offer', 'reflection'] as const
const TAGS = ['面试', 'inference', '量化', 'training', 'reading', '复盘', 'deploy']
const COMPANIES = ['字节跳动', '月之暗面', 'MiniMax', '智谱', 'Baidu', '阿里云']

export interface GeneratedExport {
  text: string
  /** Ids of the entries, in the file's order. */
  ids: string[]
  /** How many entries the search finds for each probe word (for exact search assertions):
   *  those that hold it, and for 推理 and 訓練 those that hold its English word from the
   *  search's glossary too (renderer/data/search/glossary-words.ts: 推理 inference, 训练
   *  training/train; search27). */
  counts: { 推理: number; quant: number; 訓練: number }
}

export function generateExport(entries: number, seed = 1): GeneratedExport {
  const next = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const start = Date.UTC(2024, 0, 1)
  const lines: string[] = []
  const ids: string[] = []
  const counts = { 推理: 0, quant: 0, 訓練: 0 }
  for (let index = 0; index < entries; index++) {
    const script = next()
    const body = script < 0.5 ? pick(ZH) : script < 0.65 ? pick(ZH_HANT) : pick(EN)
    const title = `${pick(['周记', 'Note', '面试', 'Log', '学习'])} ${index}`
    const kind = pick(KINDS)
    const date = new Date(start + Math.floor(next() * 1095) * 86_400_000).toISOString().slice(0, 10)
    const id = `gen-${String(index).padStart(6, '0')}`
    const company = kind === 'learning' || kind === 'reflection' ? undefined : pick(COMPANIES)
    const stamp = `${date}T08:00:00.000Z`
    const record = {
      id,
      kind,
      date,
      title,
      body,
      ...(company ? { company } : {}),
      skillIds: [],
      tags: [pick(TAGS)],
      evidence: [],
      createdAt: stamp,
      updatedAt: stamp,
    }
    const tag = record.tags[0]
    if (body.includes('推理') || /\binference/i.test(body) || tag === 'inference') {
      counts['推理']++
    }
    if (/quant/i.test(body)) counts.quant++
    if (
      body.includes('訓練') ||
      body.includes('训练') ||
      /\btrain/i.test(body) ||
      tag === 'training'
    ) {
      counts['訓練']++
    }
    ids.push(id)
    lines.push(`      ${JSON.stringify(record)}`)
  }
  const empty = (name: string) => `    "${name}": []`
  const text = [
    '{',
    `  "format": "${EXPORT_FORMAT}",`,
    `  "version": ${EXPORT_VERSION},`,
    '  "exportedAt": "2026-11-29T00:00:00.000Z",',
    '  "app": {"name":"Tidemark","version":"0.1.0"},',
    '  "data": {',
    '    "settings": null,',
    '    "profile": null,',
    `${empty('skills')},`,
    `${empty('skillSnapshots')},`,
    `${empty('offers')},`,
    entries === 0 ? `${empty('journal')},` : `    "journal": [\n${lines.join(',\n')}\n    ],`,
    `${empty('goals')},`,
    '    "engineSettings": null,',
    '    "rulesetOverrides": null',
    '  }',
    '}',
    '',
  ].join('\n')
  return { text, ids, counts }
}
