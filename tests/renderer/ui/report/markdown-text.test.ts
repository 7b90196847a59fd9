import { describe, expect, it } from 'vitest'
import {
  markdownCell,
  markdownTable,
  markdownText,
} from '../../../../renderer/ui/report/markdown-text'

describe('markdownText', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['  ## heading', '  \\## heading'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['* item', '\\* item'],
    ['1. item', '1\\. item'],
    ['2026) item', '2026\\) item'],
    ['===', '\\==='],
    ['---', '\\---'],
    ['a | b', 'a \\| b'],
    ['[link](https://x.test)', '\\[link\\](https://x.test)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['**bold** _em_ `code` ~~gone~~', '\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~'],
    ['C:\\path', 'C:\\\\path'],
    ['R&D &amp; &#35;', 'R&D \\&amp; \\&#35;'],
    ['line one\nline two\r\nthree', 'line one line two three'],
  ])('escapes %j', (input, expected) => {
    expect(markdownText(input)).toBe(expected)
  })

  it.each([
    'C# and C++',
    '+26.3 points',
    '-5%',
    '50k×15',
    '大模型训练 (LLM)',
    'vLLM, TensorRT-LLM',
    '3.5 years',
  ])('leaves %j as it is', (input) => {
    expect(markdownText(input)).toBe(input)
  })
})

describe('markdownTable', () => {
  it('writes one row a line, numeric columns right-aligned, empty cells kept', () => {
    expect(
      markdownTable(
        [
          { label: 'Skill', numeric: false },
          { label: 'Level', numeric: true },
        ],
        [
          ['a|b', '3'],
          ['', '4'],
        ],
      ),
    ).toBe(['| Skill | Level |', '| --- | ---: |', '| a\\|b | 3 |', '|   | 4 |'].join('\n'))
    expect(markdownCell('\n')).toBe(' ')
  })
})
