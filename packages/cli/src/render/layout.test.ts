import { describe, expect, it } from 'vitest';
import { alignColumns, heading, reasonLines, wrap } from './layout.js';

describe('wrap', () => {
  it('keeps short text on one line with its indent', () => {
    expect(wrap('Walk calmly.', '  - ', '    ')).toEqual(['  - Walk calmly.']);
  });

  it('breaks at spaces, hangs the following lines and stays within the width', () => {
    const text = 'one two three four five six seven eight nine ten';
    const lines = wrap(text, '- ', '  ', 16);
    expect(lines).toEqual(['- one two three', '  four five six', '  seven eight', '  nine ten']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
    expect(lines.join(' ').replace(/\s+/g, ' ').replace('- ', '')).toBe(text);
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrap('a verylongwordindeed b', '', '', 6)).toEqual(['a', 'verylongwordindeed', 'b']);
  });

  it('gives no lines for empty text', () => {
    expect(wrap('   ', '- ')).toEqual([]);
  });
});

describe('reasonLines', () => {
  it('puts the source in brackets after the message', () => {
    expect(
      reasonLines({ code: 'self-manage', source: 'KNGF-B.1.3', message: 'Je kunt zelf aan de slag.' }),
    ).toEqual(['  - Je kunt zelf aan de slag. (KNGF-B.1.3)']);
  });
});

describe('heading', () => {
  it('underlines the text to its full width', () => {
    expect(heading('Waarom dit plan')).toEqual(['Waarom dit plan', '---------------']);
  });
});

describe('alignColumns', () => {
  it('pads every column but the last so separators line up', () => {
    const lines = alignColumns(
      [
        ['ma 23 nov', 'ochtend 4 min', 'middag 3 min', 'avond 3 min'],
        ['zo 29 nov', 'ochtend 10 min', 'avond 3 min'],
        ['di 1 dec', 'rustdag'],
      ],
      ['  ', ' · '],
    );
    expect(lines).toEqual([
      'ma 23 nov  ochtend 4 min  · middag 3 min · avond 3 min',
      'zo 29 nov  ochtend 10 min · avond 3 min',
      'di 1 dec   rustdag',
    ]);
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });

  it('does not let one very wide cell push every other row apart', () => {
    const wide = 'middag achteruit 5 min (loopband 3 km/u, 0%) onder begeleiding';
    const lines = alignColumns(
      [
        ['ma 23 nov', 'ochtend 4 min', 'middag 3 min', 'avond 3 min'],
        ['do 26 nov', 'ochtend 4 min', wide, 'avond 3 min'],
      ],
      ['  ', ' · '],
    );
    expect(lines).toEqual([
      'ma 23 nov  ochtend 4 min · middag 3 min · avond 3 min',
      `do 26 nov  ochtend 4 min · ${wide} · avond 3 min`,
    ]);
  });
});
