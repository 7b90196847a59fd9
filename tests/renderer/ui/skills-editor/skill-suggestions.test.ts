import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import {
  matchSuggestions,
  SKILL_SUGGESTIONS,
} from '../../../../renderer/ui/screens/skills/editor/skill-suggestions'
import { TRADITIONAL } from '../../../../renderer/domain/skills/traditional-chars'

const names = (typed: string, limit?: number) =>
  matchSuggestions(typed, { domain: undefined, taken: new Set(), ...(limit ? { limit } : {}) })

/** Trial 15: "NLP", "自然语言", "深度学习", "Flink" offered nothing, "nl" only Megatron-LM. */
describe('the skill name’s suggestions', () => {
  it.each([
    ['NLP', 'nlp'],
    ['nlp', 'nlp'],
    ['nl', 'nlp'],
    ['自然语言', 'nlp'],
    ['语言处理', 'nlp'],
    ['深度学习', 'deep-learning'],
    ['deep learning', 'deep-learning'],
    ['计算机视觉', 'computer-vision'],
    ['cv', 'computer-vision'],
    ['视觉', 'computer-vision'],
    ['推理', 'inference-acceleration'],
    ['微调', 'fine-tuning'],
    ['调优', 'fine-tuning'],
    ['大模型训练', 'llm-training'],
    ['AI infra', 'llm-foundation-software'],
    ['基础软件', 'llm-foundation-software'],
    ['机器人操作', 'robotics-os'],
    ['产品经理', 'ai-product'],
    ['AI 架构', 'ai-architecture'],
    // Trial 17: the profile's hint says 搜广推, and neither it nor 推荐系统 offered anything.
    ['推荐系统', 'deep-learning'],
    ['搜广推', 'deep-learning'],
    ['推荐', 'deep-learning'],
    ['recommender', 'deep-learning'],
    ['推薦系統', 'deep-learning'],
    // Traditional script finds the Simplified names.
    ['深度學習', 'deep-learning'],
    ['自然語言', 'nlp'],
    ['計算機視覺', 'computer-vision'],
  ])('%s offers its domain first', (typed, domain) => {
    const found = names(typed)
    expect(found[0]?.domain).toBe(domain)
  })

  it('offers the domain’s own names after the domain: NLP, then BERT and RAG', () => {
    const found = names('NLP', 20).map((suggestion) => suggestion.name)
    expect(found[0]).toBe('Natural language processing (NLP)')
    expect(found).toEqual(expect.arrayContaining(['BERT', 'RAG', 'Transformers']))
  })

  it.each([
    ['Flink', 'Flink'],
    ['flin', 'Flink'],
    ['kafka', 'Kafka'],
    ['BERT', 'BERT'],
    ['lora', 'LoRA'],
    ['vllm', 'vLLM'],
    ['pytorch', 'PyTorch'],
    ['Flash attention', 'FlashAttention'],
  ])('%s finds %s first', (typed, name) => {
    expect(names(typed)[0]?.name).toBe(name)
  })

  it('offers SFT under its domain’s own entry', () => {
    expect(names('SFT', 2).map((suggestion) => suggestion.name)).toEqual([
      'Fine-tuning',
      'Supervised fine-tuning (SFT)',
    ])
  })

  it('knows the Traditional form of every character in the names (checked against opencc)', () => {
    const toTraditional = [
      OpenCC.Converter({ from: 'cn', to: 'tw' }),
      OpenCC.Converter({ from: 'cn', to: 'hk' }),
    ]
    const texts = [
      ...SKILL_SUGGESTIONS.flatMap((suggestion) => [suggestion.name, suggestion.zh ?? '']),
      ...DEFAULT_RULESET.skillDomains.map((rule) => rule.nameZhHans),
    ]
    const missing = new Set<string>()
    for (const char of texts.join('').match(/\p{Script=Han}/gu) ?? []) {
      for (const convert of toTraditional) {
        const traditional = convert(char)
        if (traditional !== char && TRADITIONAL.get(traditional) !== char) missing.add(char)
      }
    }
    expect([...missing]).toEqual([])
  })
})
