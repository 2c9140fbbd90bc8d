/**
 * Finds where JSON text goes wrong and says what was expected there. `JSON.parse` does the parsing;
 * this scanner only runs after it failed, because V8's messages sometimes give no position
 * ("Unexpected token 'x'") and change wording between Node versions.
 */

export interface JsonSyntaxError {
  /** Index into the text (UTF-16 code units). */
  offset: number;
  reason: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const END = 'the text ends too early';
const EXPECTED_VALUE =
  'expected a value: a number, a text in double quotes, true, false, null, a list or an object';

function scan(text: string): void {
  let at = 0;

  const fail = (reason: string, offset = at): never => {
    throw new Stop(offset, offset >= text.length ? END : reason);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };

  const literal = (word: string) => {
    if (text.slice(at, at + word.length) !== word) fail(EXPECTED_VALUE);
    at += word.length;
  };

  const digits = () => {
    const start = at;
    while (/[0-9]/.test(text.charAt(at))) at++;
    if (at === start) fail('expected a digit in this number');
  };

  const number = () => {
    if (text.charAt(at) === '-') at++;
    if (text.charAt(at) === '0') at++;
    else digits();
    if (text.charAt(at) === '.') {
      at++;
      digits();
    }
    if (/[eE]/.test(text.charAt(at))) {
      at++;
      if (/[+-]/.test(text.charAt(at))) at++;
      digits();
    }
  };

  const string = () => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) fail('a text in quotes is not closed');
      const char = text.charAt(at);
      if (char === '"') {
        at++;
        return;
      }
      if (char < ' ') fail('a line break or control character inside quotes (write \\n instead)');
      if (char === '\\') {
        at++;
        const escape = text.charAt(at);
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5)))
            fail('expected four hex digits after \\u');
          at += 5;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') {
          at++;
        } else {
          fail('an unknown escape after a backslash');
        }
      } else {
        at++;
      }
    }
  };

  const value = (): void => {
    skipSpace();
    const char = text.charAt(at);
    if (char === '{') object();
    else if (char === '[') array();
    else if (char === '"') string();
    else if (char === '-' || /[0-9]/.test(char)) number();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === "'") fail('texts need double quotes (") in JSON, not single quotes');
    else fail(EXPECTED_VALUE);
  };

  const object = () => {
    at++;
    skipSpace();
    if (text.charAt(at) === '}') {
      at++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text.charAt(at) !== '"') {
        fail(
          text.charAt(at) === '}'
            ? 'a comma before "}" (remove the last comma)'
            : 'expected a field name in double quotes',
        );
      }
      string();
      skipSpace();
      if (text.charAt(at) !== ':') fail('expected ":" after the field name');
      at++;
      value();
      skipSpace();
      const next = text.charAt(at);
      if (next === '}') {
        at++;
        return;
      }
      if (next !== ',') fail('expected "," or "}" after a value (is a comma missing?)');
      at++;
    }
  };

  const array = () => {
    at++;
    skipSpace();
    if (text.charAt(at) === ']') {
      at++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text.charAt(at) === ']') fail('a comma before "]" (remove the last comma)');
      value();
      skipSpace();
      const next = text.charAt(at);
      if (next === ']') {
        at++;
        return;
      }
      if (next !== ',') fail('expected "," or "]" after a value in a list (is a comma missing?)');
      at++;
    }
  };

  value();
  skipSpace();
  if (at < text.length) fail('more text after the end of the JSON');
}

/** Where `text` stops being JSON, or undefined when it is valid. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

/** 1-based line and column of an offset, the way editors count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
