/**
 * The field's own words in Chinese and English, for the journal's search to cross languages
 * (glossary.ts): each line is one meaning, and a search for any word on it also finds the
 * others (训练 finds "training", "inference" finds 推理). Kept small and reviewed by hand: a
 * word belongs here only when it means the same in an LLM engineer's journal whichever way it
 * is written, because a wrong pair sends every search for it to unrelated entries.
 *
 * Sources: the ruleset's skill domains (default-ruleset.ts: 大模型训练, 调优, 推理加速, NLP
 * 算法, 深度学习, 视觉算法, AI 模型优化, 大模型基础软件, 机器人操作系统, AI 产品经理, AI 架构师,
 * 传统计算机/数据科学, each name made of the words below), the article's vocabulary, and the
 * words a job search writes (面试, 简历, 猎头, 薪资).
 *
 * How a word is written here:
 * - Chinese in Simplified (a 繁體 query is folded to it first), two characters or more.
 * - English in lower case, found by prefix as a typed word is: "deploy" also finds
 *   "deployment" and "deployed". A typed word is looked up whole (also as the word it may
 *   be an inflection of, "interviews" as "interview", and in its other British/American
 *   spelling), so the forms people type are listed too ("deployment"): a form another one
 *   finds by prefix is looked up, not searched again.
 *   "infer" crosses nothing, while typing it. Words with spaces or hyphens are searched as
 *   their words, all required ("fine-tuning" finds "fine-tuning" and "fine tuning").
 * - No word on two lines, no Chinese and English in one word (glossary.test.ts checks both).
 * Not here: words that mean other things as often (operator, pay, os, ai: "ai" would also be
 * a prefix of "aim"), and product names that read the same in both languages (vLLM, LoRA).
 */
export const GLOSSARY_WORDS: readonly (readonly string[])[] = [
  // Training and tuning.
  ['训练', 'training', 'train', 'trained'],
  ['预训练', 'pretrain', 'pretraining', 'pretrained', 'pre-train', 'pre-training', 'pre-trained'],
  [
    '微调',
    '调优',
    'finetun',
    'finetune',
    'finetuning',
    'finetuned',
    'fine-tune',
    'fine-tuning',
    'fine-tuned',
  ],
  ['监督微调', 'sft', 'supervised fine-tuning'],
  ['强化学习', 'reinforcement learning', 'rl'],
  ['对齐', 'alignment'],
  ['蒸馏', 'distil', 'distill', 'distillation', 'distilled'],
  ['剪枝', 'pruning'],
  ['分布式', 'distributed'],
  ['并行', 'parallel'],
  ['张量', 'tensor'],
  ['流水线', 'pipeline'],
  ['混合精度', 'mixed precision', 'mixed-precision'],
  ['梯度', 'gradient'],
  ['数据集', 'dataset', 'data set'],
  ['标注', 'annotation', 'labeling', 'labelling'],
  ['评测', '评估', 'eval', 'benchmark'],
  // Serving and speed.
  ['推理', 'inference'],
  ['加速', 'acceleration', 'accelerate', 'speedup', 'speed-up'],
  ['优化', 'optimization', 'optimize', 'optimized'],
  ['量化', 'quantization', 'quantize', 'quantized'],
  ['部署', 'deploy', 'deployment', 'deployed', 'deploying'],
  ['算子', 'kernel'],
  ['显存', 'vram', 'gpu memory'],
  ['显卡', 'gpu'],
  ['吞吐', 'throughput'],
  ['延迟', 'latency'],
  ['缓存', 'cache'],
  ['批处理', 'batching'],
  ['调度', 'scheduling', 'scheduler'],
  ['编译器', 'compiler'],
  ['集群', 'cluster'],
  ['服务器', 'server'],
  ['投机采样', '投机解码', 'speculative decoding', 'speculative sampling'],
  ['解码', 'decoding'],
  ['稀疏', 'sparse', 'sparsity'],
  ['混合专家', 'moe', 'mixture of experts', 'mixture-of-experts'],
  // Not 性能 ↔ "performance": a career journal's "performance" is as often 绩效 ("performance
  // review", "performance bonus").
  // Models and fields.
  ['大模型', '大语言模型', 'llm', 'large language model'],
  ['语言模型', 'language model'],
  ['模型', 'model'],
  ['多模态', 'multimodal', 'multi-modal'],
  ['智能体', 'agent'],
  ['检索增强', '检索增强生成', 'rag', 'retrieval-augmented', 'retrieval augmented'],
  ['检索', 'retrieval'],
  ['向量', 'vector'],
  ['嵌入', 'embedding'],
  ['注意力', 'attention'],
  ['上下文', 'context'],
  ['提示词', 'prompt'],
  ['幻觉', 'hallucination'],
  ['扩散', 'diffusion'],
  ['深度学习', 'deep learning'],
  ['机器学习', 'machine learning', 'ml'],
  ['学习', 'learning'],
  ['自然语言处理', 'nlp', 'natural language processing'],
  // Not "cv": in a job search it is as often the résumé ("sent my CV") as computer vision.
  ['计算机视觉', '视觉', 'vision'],
  ['语音', 'speech'],
  ['推荐系统', 'recommender', 'recommendation system'],
  ['知识图谱', 'knowledge graph'],
  ['自动驾驶', 'autonomous driving', 'self-driving'],
  ['具身智能', 'embodied'],
  ['机器人', 'robot'],
  ['操作系统', 'operating system'],
  ['算法', 'algorithm'],
  ['基础软件', 'foundation software'],
  ['基础设施', 'infra', 'infrastructure'],
  ['开源', 'open source', 'open-source'],
  ['论文', 'paper'],
  ['计算机科学', 'computer science'],
  ['计算机', 'computer'],
  ['数据科学', 'data science'],
  ['传统', 'traditional'],
  // Work and the job search.
  ['面试', 'interview'],
  ['简历', 'resume', 'résumé'],
  ['猎头', 'headhunter', 'recruiter'],
  ['薪资', '薪酬', '工资', 'salary', 'compensation'],
  ['股票', 'stock'],
  ['期权', 'stock option'],
  ['晋升', 'promotion'],
  ['项目', 'project'],
  ['复盘', 'reflection', 'retrospective', 'postmortem', 'post-mortem'],
  ['团队', 'team'],
  ['创业公司', '初创公司', 'startup', 'start-up'],
  ['大厂', 'big tech'],
  ['产品经理', 'product manager', 'product management'],
  ['架构师', 'architect'],
  ['架构', 'architecture'],
  ['博士', 'phd'],
]
