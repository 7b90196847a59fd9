import { describe, expect, it } from 'vitest'
import { domainForName } from '../../../../renderer/ui/screens/skills/editor/skill-suggestions'

/** New-user trial (session 13): pasted skill names left the domain on "choose a domain…". */
describe('the domain a skill’s name points to', () => {
  it.each([
    ['vLLM', 'inference-acceleration'],
    ['NLP', 'nlp'],
    ['自然语言处理', 'nlp'],
    ['深度学习', 'deep-learning'],
    ['Deep learning', 'deep-learning'],
    ['LoRA 微调', 'fine-tuning'],
    ['Megatron-LM 大模型训练', 'llm-training'],
    ['vLLM 推理加速', 'inference-acceleration'],
    ['RAG / 检索增强', 'nlp'],
    ['计算机视觉', 'computer-vision'],
  ])('%s → %s', (name, domain) => {
    expect(domainForName(name)).toBe(domain)
  })

  it.each([
    // Short names only as whole words: "rag" is not in "storage", "ray" not in "array".
    'Storage systems',
    'Array programming',
    'Java 后端',
    '产品 sense',
    '',
    // Two domains' words: the user chooses.
    'PyTorch 分布式训练',
  ])('leaves %j to the user', (name) => {
    expect(domainForName(name)).toBeUndefined()
  })
})
