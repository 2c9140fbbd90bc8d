/** Reads the intake, the logs and a prescription from a file or standard input, and parses them as JSON. */
import { readFile } from 'node:fs/promises';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax.js';

export type InputName = 'intake' | 'logs' | 'prescription';

export type InputResult = { ok: true; value: unknown } | { ok: false; message: string };

/** The file name `-` means standard input. */
export const STDIN = '-';

/** Plain words for the errors a person can fix; anything rarer shows its code. */
function reasonFor(error: unknown): string {
  const code =
    error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case undefined:
      return error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown error') : 'unknown error';
    default:
      return code;
  }
}

async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses `text` as the input `name`; a syntax error names the line and column and what was expected. */
export function parseJsonInput(name: InputName, text: string): InputResult {
  // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse refuses.
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (clean.trim() === '') return { ok: false, message: `${name}: is empty (expected JSON)` };
  try {
    return { ok: true, value: JSON.parse(clean) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(clean);
    if (found === undefined) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { ok: false, message: `${name}: is not valid JSON (${reason ?? 'unknown error'})` };
    }
    const { line, column } = lineAndColumn(clean, found.offset);
    return {
      ok: false,
      message: `${name}: is not valid JSON (line ${line}, column ${column}: ${found.reason})`,
    };
  }
}

/**
 * Reads `file` (or standard input for `-`) and parses it. Failures come back as one line for a
 * person, e.g. `intake: cannot read file "x.json" (no such file)`, never as a thrown error.
 */
export async function readInput(
  name: InputName,
  file: string,
  stdin: AsyncIterable<string | Uint8Array>,
): Promise<InputResult> {
  let text: string;
  try {
    text = file === STDIN ? await readAll(stdin) : await readFile(file, 'utf8');
  } catch (error) {
    const what = file === STDIN ? 'standard input' : `file "${file}"`;
    return { ok: false, message: `${name}: cannot read ${what} (${reasonFor(error)})` };
  }
  return parseJsonInput(name, text);
}
