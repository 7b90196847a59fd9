import { describe, expect, it } from 'vitest'
import type { StoredSkill } from '../../../../renderer/data/records'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import {
  filterSkills,
  sortSkills,
} from '../../../../renderer/ui/screens/skills/editor/skill-list-view'

function skill(id: string, name: string, domain: string, level: number): StoredSkill {
  return { id, name, domain, level, evidence: [] } as unknown as StoredSkill
}

const skills = [
  skill('a', '分布式训练', 'llm-training', 2),
  skill('b', 'PyTorch', 'deep-learning', 4),
  skill('c', 'FlashAttention', 'inference-acceleration', 1),
  skill('d', 'LangChain 4', 'ai-architecture', 3),
  skill('e', 'vLLM', 'inference-acceleration', 3),
]
const names = (list: readonly StoredSkill[]) => list.map((one) => one.name)

describe('filterSkills (trial 18: 200 skills and no way to find one)', () => {
  it('folds case, spaces and 繁體 as the name suggestions do', () => {
    expect(names(filterSkills(skills, '分布式訓練', DEFAULT_RULESET))).toEqual(['分布式训练'])
    expect(names(filterSkills(skills, 'pytorch', DEFAULT_RULESET))).toEqual(['PyTorch'])
    expect(names(filterSkills(skills, 'flash attention', DEFAULT_RULESET))).toEqual([
      'FlashAttention',
    ])
    expect(names(filterSkills(skills, 'langchain 4', DEFAULT_RULESET))).toEqual(['LangChain 4'])
  })

  it("matches the domain's name in either language", () => {
    const inference = DEFAULT_RULESET.skillDomains.find(
      (rule) => rule.id === 'inference-acceleration',
    )
    expect(inference).toBeDefined()
    for (const name of [inference?.nameEn ?? '', inference?.nameZhHans ?? '']) {
      expect(names(filterSkills(skills, name, DEFAULT_RULESET))).toEqual(['FlashAttention', 'vLLM'])
    }
  })

  it('keeps the skill focus returns to, and lists all for an empty query', () => {
    expect(names(filterSkills(skills, 'vllm', DEFAULT_RULESET, 'b'))).toEqual(['PyTorch', 'vLLM'])
    expect(filterSkills(skills, '  ', DEFAULT_RULESET)).toBe(skills)
  })
})

describe('sortSkills', () => {
  it('sorts by name, by level (highest first, then name) and by domain', () => {
    expect(names(sortSkills(skills, 'name', DEFAULT_RULESET, 'en'))).toEqual([
      'FlashAttention',
      'LangChain 4',
      'PyTorch',
      'vLLM',
      '分布式训练',
    ])
    expect(names(sortSkills(skills, 'level', DEFAULT_RULESET, 'en'))).toEqual([
      'PyTorch',
      'LangChain 4',
      'vLLM',
      '分布式训练',
      'FlashAttention',
    ])
    const order = DEFAULT_RULESET.skillDomains.map((rule) => rule.id)
    const sorted = sortSkills(skills, 'domain', DEFAULT_RULESET, 'en')
    const places = sorted.map((one) => order.indexOf(one.domain))
    expect(places).toEqual([...places].sort((x, y) => x - y))
  })
})
