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
    // Latin letters joined to Chinese are words of their own (review).
    ['NLP算法', 'nlp'],
    ['CUDA编程', 'deep-learning'],
    ['RAG系统', 'nlp'],
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
    '深度学习推理加速',
    // Words that name something else (review): a chatbot is not a robot, causal inference is
    // statistics, a back end's architecture or a data platform is not the LLM stack.
    '聊天机器人开发',
    '机器人流程自动化 RPA',
    'Causal inference',
    'Bayesian inference',
    '后端应用架构',
    '云原生基础设施',
  ])('leaves %j to the user', (name) => {
    expect(domainForName(name)).toBeUndefined()
  })
})
