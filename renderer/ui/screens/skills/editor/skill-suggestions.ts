import type { SkillDomainId } from '../../../../domain/model/enums'
import { DEFAULT_RULESET } from '../../../../domain/ruleset/default-ruleset'
import type { UiLanguage } from '../../../i18n/i18n'
import { normalizeSkillName } from '../../../../domain/skills/skill-name'

/** A well-known skill name; `zh` is what a Chinese user would write for a generic method. */
export interface SkillSuggestion {
  name: string
  zh?: string
  domain: SkillDomainId
}

/**
 * Names engineers in the large-model market list on a CV, filed under the article's domains
 * (the ruleset's skill domains). Proper names (vLLM) read the same in both languages; methods
 * have a Chinese name too, so "量化" finds quantization.
 */
const BY_DOMAIN: Record<SkillDomainId, readonly (string | readonly [string, string])[]> = {
  'inference-acceleration': [
    ['Inference acceleration', '推理加速'],
    'vLLM',
    'TensorRT-LLM',
    'SGLang',
    'llama.cpp',
    'FlashAttention',
    'PagedAttention',
    'Triton Inference Server',
    'LMDeploy',
    ['Triton kernels', 'Triton 算子开发'],
    ['Quantization (GPTQ, AWQ)', '模型量化（GPTQ、AWQ）'],
    ['Speculative decoding', '投机解码'],
    ['KV cache optimization', 'KV Cache 优化'],
  ],
  'llm-training': [
    ['LLM training', '大模型训练'],
    'Megatron-LM',
    'DeepSpeed',
    'FSDP',
    'Colossal-AI',
    'NCCL',
    ['Distributed training', '分布式训练'],
    ['Pipeline and tensor parallelism', '流水线并行与张量并行'],
    ['Mixture of Experts (MoE)', '混合专家模型（MoE）'],
    ['Pretraining data pipelines', '预训练数据处理'],
  ],
  'fine-tuning': [
    ['Fine-tuning', '大模型微调'],
    'LoRA',
    'QLoRA',
    'RLHF',
    'DPO',
    'PEFT',
    'PPO',
    'GRPO',
    'TRL',
    'LLaMA-Factory',
    ['Supervised fine-tuning (SFT)', '有监督微调（SFT）'],
    ['Instruction tuning', '指令微调'],
  ],
  nlp: [
    ['Natural language processing (NLP)', '自然语言处理（NLP）'],
    'Transformers',
    'BERT',
    'RAG',
    'Sentence embeddings',
    ['Tokenization', '分词'],
    ['Named entity recognition', '命名实体识别'],
    ['Machine translation', '机器翻译'],
    ['Text classification', '文本分类'],
    ['Information extraction', '信息抽取'],
  ],
  'deep-learning': [
    ['Deep learning', '深度学习'],
    'PyTorch',
    'JAX',
    'CUDA',
    'TensorFlow',
    'PaddlePaddle',
    'MindSpore',
    ['Transformer architecture', 'Transformer 架构'],
    ['Mixed-precision training', '混合精度训练'],
    // Search, ads and feeds ("搜广推", the profile's own word for algorithm work), built on
    // deep models: filed here, the article's nearest domain (new-user trial 17 M3 found none).
    ['Recommender systems (search, ads, feeds)', '推荐系统（搜广推）'],
    ['CTR prediction', 'CTR 预估'],
  ],
  'computer-vision': [
    ['Computer vision (CV)', '计算机视觉（CV）'],
    'OpenCV',
    'YOLO',
    'Stable Diffusion',
    'Vision Transformer (ViT)',
    'CLIP',
    'Segment Anything (SAM)',
    ['Multimodal models', '多模态大模型'],
    ['Object detection', '目标检测'],
  ],
  'model-optimization': [
    ['Model optimization', '模型优化'],
    'ONNX Runtime',
    'TVM',
    'TensorRT',
    ['Knowledge distillation', '知识蒸馏'],
    ['Pruning', '模型剪枝'],
    ['Model compression', '模型压缩'],
    ['Operator fusion', '算子融合'],
  ],
  'llm-foundation-software': [
    ['AI infrastructure', 'AI 基础设施'],
    'Ray',
    'Kubernetes',
    'Slurm',
    'XLA',
    'MLIR',
    'CANN',
    ['Training frameworks', '训练框架研发'],
    ['GPU cluster scheduling', 'GPU 集群调度'],
  ],
  'robotics-os': [
    ['Robot software', '机器人软件'],
    'ROS',
    'ROS 2',
    'Isaac Sim',
    'MoveIt',
    'SLAM',
    ['Embodied AI', '具身智能'],
    ['Motion planning', '运动规划'],
  ],
  'ai-product': [
    ['AI product management', 'AI 产品管理'],
    ['AI product design', 'AI 产品设计'],
    ['Prompt engineering', '提示词工程'],
    ['LLM evaluation', '大模型评测'],
    ['A/B testing', 'A/B 测试'],
    ['User research', '用户研究'],
  ],
  'ai-architecture': [
    ['AI architecture', 'AI 架构'],
    'LangChain',
    'LlamaIndex',
    'Milvus',
    'MLOps',
    ['AI agents', '智能体（Agent）'],
    ['Vector databases', '向量数据库'],
    ['LLM application architecture', '大模型应用架构'],
  ],
  'cs-data-foundations': [
    ['Data engineering', '数据工程'],
    'Python',
    'C++',
    'SQL',
    'Spark',
    'Flink',
    'Kafka',
    'Hadoop',
    'Linux',
    'pandas',
    ['Algorithms and data structures', '算法与数据结构'],
    ['Statistics', '统计学'],
  ],
}

export const SKILL_SUGGESTIONS: readonly SkillSuggestion[] = Object.entries(BY_DOMAIN).flatMap(
  ([domain, names]) =>
    names.map((entry): SkillSuggestion => {
      const id = domain as SkillDomainId
      return typeof entry === 'string'
        ? { name: entry, domain: id }
        : { name: entry[0], zh: entry[1], domain: id }
    }),
)

/** The name to fill in: the Chinese one for a Chinese interface where there is one. */
export function suggestionName(suggestion: SkillSuggestion, language: UiLanguage): string {
  return language === 'zh-CN' && suggestion.zh !== undefined ? suggestion.zh : suggestion.name
}

/**
 * Words that name a domain itself, as users title a skill: "NLP", "深度学习", "LoRA 微调". The
 * domain's own names in both languages and their common short forms.
 */
const DOMAIN_WORDS: Record<SkillDomainId, readonly string[]> = {
  'llm-training': ['大模型训练', '预训练', 'pretraining', 'llmtraining', '大模型预训练'],
  'fine-tuning': ['微调', 'finetuning', 'sft', '对齐训练'],
  'inference-acceleration': [
    '推理加速',
    '推理优化',
    '推理部署',
    'llminference',
    'inferenceacceleration',
    'inferenceoptimization',
  ],
  nlp: ['nlp', '自然语言处理', 'naturallanguageprocessing'],
  'deep-learning': ['深度学习', 'deeplearning'],
  'computer-vision': ['计算机视觉', 'computervision', 'cv'],
  'model-optimization': ['模型优化', 'modeloptimization'],
  'llm-foundation-software': ['大模型基础软件', 'aiinfra', 'ai基础设施', '大模型基础设施'],
  'robotics-os': ['机器人操作系统', '机器人控制', 'robotics'],
  'ai-product': ['ai产品', 'aiproduct', '产品经理'],
  'ai-architecture': ['ai架构', 'aiarchitecture', 'ai应用架构'],
  'cs-data-foundations': ['计算机基础', '数据结构'],
}

/**
 * The domains' own names, as the Rules screen shows them, and their words (DOMAIN_WORDS),
 * normalized: what a user types to find a domain ("NLP", "自然语言", "深度学习"; trial 15 typed
 * them and was offered nothing).
 */
const DOMAIN_TERMS = new Map<SkillDomainId, readonly string[]>(
  DEFAULT_RULESET.skillDomains.map((rule) => [
    rule.id,
    [rule.nameEn, rule.nameZhHans, ...DOMAIN_WORDS[rule.id]].map((name) =>
      normalizeSkillName(name),
    ),
  ]),
)

/** Each suggestion's names normalized, once: matching runs at every keystroke in the name. */
const NORMALIZED = new Map<SkillSuggestion, readonly string[]>(
  SKILL_SUGGESTIONS.map((suggestion) => [
    suggestion,
    [suggestion.name, suggestion.zh]
      .filter((name) => name !== undefined)
      .map((name) => normalizeSkillName(name)),
  ]),
)

function normalizedNames(suggestion: SkillSuggestion): readonly string[] {
  return NORMALIZED.get(suggestion) ?? []
}

/** A domain's first suggestion is the domain itself ("Deep learning"): found by its names too. */
const DOMAIN_TITLES = new Set(
  Object.keys(BY_DOMAIN).map((domain) =>
    SKILL_SUGGESTIONS.find((suggestion) => suggestion.domain === domain),
  ),
)

/**
 * Suggestions for what the user has typed (any case, either script of Chinese): names that
 * start with it first, then names that contain it, then the names of a domain whose own name
 * or words hold it ("NLP" offers the domain, then BERT and RAG); the chosen domain's names
 * before others; names the user already has left out. A domain's own entry is found by the
 * domain's names and words as well as its own. With nothing typed, the chosen domain's names
 * (so a user can browse a domain).
 */
export function matchSuggestions(
  typed: string,
  options: { domain: SkillDomainId | undefined; taken: ReadonlySet<string>; limit?: number },
): SkillSuggestion[] {
  const query = normalizeSkillName(typed)
  const { domain, taken, limit = 8 } = options
  const ranked: { suggestion: SkillSuggestion; rank: number }[] = []
  SKILL_SUGGESTIONS.forEach((suggestion, order) => {
    const normalized = normalizedNames(suggestion)
    if (normalized.some((name) => taken.has(name))) return
    const domainTerms = DOMAIN_TERMS.get(suggestion.domain) ?? []
    const names = DOMAIN_TITLES.has(suggestion) ? [...normalized, ...domainTerms] : normalized
    let rank: number
    if (query === '') {
      if (suggestion.domain !== domain) return
      rank = 0
    } else if (names.some((name) => name.startsWith(query))) rank = 0
    else if (names.some((name) => name.includes(query))) rank = 2
    else if (domainTerms.some((name) => name.includes(query))) rank = 4
    else return
    if (domain !== undefined && suggestion.domain !== domain) rank += 1
    ranked.push({ suggestion, rank: rank * 1000 + order })
  })
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((entry) => entry.suggestion)
}

/** The one suggestion whose name is exactly what was typed (any case), if there is one. */
export function exactSuggestion(typed: string): SkillSuggestion | undefined {
  const query = normalizeSkillName(typed)
  if (query === '') return undefined
  const matches = SKILL_SUGGESTIONS.filter((suggestion) =>
    normalizedNames(suggestion).includes(query),
  )
  return matches.length === 1 ? matches[0] : undefined
}

/** ASCII names this short are matched as whole words only: "rag" is not in "storage". */
const WHOLE_WORD_BELOW = 6
// eslint-disable-next-line no-control-regex -- ASCII is the point
const ASCII = /^[\x00-\x7f]*$/

/** Every name that points to a domain, normalized: suggestions' names and the domains' words. */
const DOMAIN_NAMES: readonly (readonly [name: string, domain: SkillDomainId])[] = [
  ...SKILL_SUGGESTIONS.flatMap((suggestion) =>
    normalizedNames(suggestion).map((name) => [name, suggestion.domain] as const),
  ),
  ...Object.entries(DOMAIN_WORDS).flatMap(([domain, words]) =>
    words.map((word) => [normalizeSkillName(word), domain as SkillDomainId] as const),
  ),
]

/**
 * The domain a typed or pasted skill name points to, if it points to one only: an exact
 * suggestion, else the known names and domain words it holds (a new-user trial pasted
 * "LoRA 微调", "NLP" and "深度学习" and had to pick the domain each time). Short ASCII names
 * count only as whole words; a name holding two domains' words ("PyTorch 分布式训练") is left
 * for the user to choose.
 */
export function domainForName(typed: string): SkillDomainId | undefined {
  const exact = exactSuggestion(typed)
  if (exact) return exact.domain
  const query = normalizeSkillName(typed)
  if (query === '') return undefined
  // Words end at spaces and punctuation, and where Latin letters meet Chinese ("NLP算法").
  const words = new Set(
    typed
      .replace(/([a-z0-9])(?=\p{Script=Han})|(\p{Script=Han})(?=[a-z0-9])/giu, '$1$2 ')
      .split(/[\s,，、/|+&（）()]+/)
      .map((word) => normalizeSkillName(word))
      .filter((word) => word !== ''),
  )
  const found = new Set<SkillDomainId>()
  for (const [name, domain] of DOMAIN_NAMES) {
    const wholeWordOnly = ASCII.test(name) && name.length < WHOLE_WORD_BELOW
    if (wholeWordOnly ? words.has(name) : query.includes(name)) found.add(domain)
  }
  return found.size === 1 ? [...found][0] : undefined
}
