import { describe, expect, it } from 'vitest'
import { jsonErrorLine } from '../../../../renderer/data/transfer/json-error-line'

/** Moved from the Rules screen (rules-plain-errors.test.tsx), which still says its line. */
describe('the line of a JSON parser’s complaint', () => {
  it('is read from the line V8 names, its position, or the end of a file cut short', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}'
    expect(
      jsonErrorLine(
        "Expected ',' or '}' after property value in JSON at position 12 (line 3 column 3)",
        text,
      ),
    ).toBe(3)
    expect(
      jsonErrorLine("Expected ',' or '}' after property value in JSON at position 12", text),
    ).toBe(3)
    expect(jsonErrorLine('Unexpected end of JSON input', '{\n"a":')).toBe(2)
    expect(jsonErrorLine('Unexpected token', text)).toBeUndefined()
    // Cut short on line 1, the file's newline after it: line 1, not the empty line 2.
    expect(
      jsonErrorLine("Expected ',' or '}' after property value in JSON at position 9", '{"a": 1 \n'),
    ).toBe(1)
    // Chromium 156 names that empty line too ("(line 2 column 1)"): the position is read
    // instead when the text is known (review, session 13).
    expect(
      jsonErrorLine(
        "Expected ',' or ']' after array element in JSON at position 19 (line 2 column 1)",
        '{"a": 1, "b": [1,2\n',
      ),
    ).toBe(1)
    // Without the text, the parser's line is all there is.
    expect(
      jsonErrorLine('Unexpected token in JSON at position 19 (line 2 column 1)', undefined),
    ).toBe(2)
  })
})
