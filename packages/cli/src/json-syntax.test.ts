import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax.js';

function errorAt(text: string) {
  const error = findJsonSyntaxError(text);
  if (error === undefined) throw new Error(`expected ${JSON.stringify(text)} to be invalid`);
  return { ...lineAndColumn(text, error.offset), reason: error.reason };
}

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ',
      '"text"',
      '0',
    ]) {
      expect(JSON.parse(text)).toBeDefined();
      expect(findJsonSyntaxError(text)).toBeUndefined();
    }
  });

  it('points at a missing comma between fields', () => {
    expect(errorAt('{\n  "age": 52\n  "goals": []\n}')).toEqual({
      line: 3,
      column: 3,
      reason: 'expected "," or "}" after a value (is a comma missing?)',
    });
  });

  it('points at a trailing comma', () => {
    expect(errorAt('{"age": 52,}')).toEqual({
      line: 1,
      column: 12,
      reason: 'a comma before "}" (remove the last comma)',
    });
    expect(errorAt('[1, 2,]')).toEqual({
      line: 1,
      column: 7,
      reason: 'a comma before "]" (remove the last comma)',
    });
  });

  it('points at an unexpected word, which V8 reports without a position', () => {
    const word = errorAt('{"age": fifty}');
    expect(word).toMatchObject({ line: 1, column: 9 });
    expect(word.reason).toMatch(/^expected a value/);
    expect(errorAt("{'age': 52}")).toMatchObject({ column: 2 });
  });

  it('says so when the text ends too early or is empty', () => {
    expect(errorAt('{"age": 52')).toMatchObject({ reason: 'the text ends too early' });
    expect(errorAt('')).toEqual({ line: 1, column: 1, reason: 'the text ends too early' });
    expect(errorAt('"abc')).toMatchObject({ reason: 'the text ends too early' });
  });

  it('finds text after the JSON and line breaks inside quotes', () => {
    expect(errorAt('{} {}')).toMatchObject({ column: 4, reason: 'more text after the end of the JSON' });
    expect(errorAt('{"a": "b\nc"}')).toMatchObject({ line: 1, column: 9 });
  });

  it('agrees with JSON.parse on what is invalid', () => {
    for (const text of ['{"a":1}}', '[1 2]', '{"a" 1}', 'nul', '01', '1.', '-', '{"a":"\\x"}', 'tru']) {
      expect(() => {
        JSON.parse(text);
      }).toThrow();
      expect(findJsonSyntaxError(text)).toBeDefined();
    }
  });
});
