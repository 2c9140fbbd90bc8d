import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseJsonInput, readInput } from './read-input.js';

const folder = mkdtempSync(join(tmpdir(), 'wandelcoach-read-input-'));
const noStdin = Readable.from([]);

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe('readInput', () => {
  it('reads and parses a JSON file', async () => {
    const path = file('intake.json', '{"age": 52}');
    expect(await readInput('intake', path, noStdin)).toEqual({ ok: true, value: { age: 52 } });
  });

  it('reads standard input for -, in several chunks', async () => {
    const stdin = Readable.from([Buffer.from('[{"date": '), Buffer.from('"2026-11-23"}]')]);
    expect(await readInput('logs', '-', stdin)).toEqual({ ok: true, value: [{ date: '2026-11-23' }] });
  });

  it('says in plain words that a file is missing', async () => {
    const result = await readInput('intake', 'x.json', noStdin);
    expect(result).toEqual({ ok: false, message: 'intake: cannot read file "x.json" (no such file)' });
  });

  it('says when the name is a folder', async () => {
    const result = await readInput('logs', folder, noStdin);
    expect(result).toEqual({
      ok: false,
      message: `logs: cannot read file "${folder}" (it is a folder, not a file)`,
    });
  });

  it('names the input and the place of a JSON mistake', async () => {
    const path = file('broken.json', '{\n  "age": 52\n  "goals": ["back-pain"]\n}');
    const result = await readInput('intake', path, noStdin);
    expect(result).toEqual({
      ok: false,
      message:
        'intake: is not valid JSON (line 3, column 3: expected "," or "}" after a value (is a comma missing?))',
    });
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const path = file('bom.json', '\uFEFF{"age": 52}');
    expect(await readInput('intake', path, noStdin)).toEqual({ ok: true, value: { age: 52 } });
  });
});

describe('parseJsonInput', () => {
  it('calls empty input empty', () => {
    expect(parseJsonInput('logs', ' \n')).toEqual({ ok: false, message: 'logs: is empty (expected JSON)' });
  });

  it('keeps every message on one line', () => {
    for (const text of ['{"a": x}', '[1,', "{'a': 1}", '{"a": "b\nc"}']) {
      const result = parseJsonInput('intake', text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(/^intake: is not valid JSON \(line \d+, column \d+: /);
        expect(result.message).not.toContain('\n');
      }
    }
  });
});
