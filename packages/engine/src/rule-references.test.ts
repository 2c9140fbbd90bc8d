/**
 * The rules the code points to are reachable from a clone: every file that cites a "§" names
 * docs/clinical-rules.md, every section it cites exists there, and every file the document names exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const engineSource = fileURLToPath(new URL('.', import.meta.url));
const rules = readFileSync(join(repository, 'docs/clinical-rules.md'), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

const citing = [
  ...files(engineSource),
  ...files(join(repository, 'packages/cli/test')),
  join(repository, 'packages/engine/CONTEXT.md'),
  join(repository, 'README.md'),
  join(repository, 'ARCHITECTURE.md'),
].filter((file) => readFileSync(file, 'utf8').includes('§'));

describe('references to the clinical rules', () => {
  it('finds the files that cite them', () => {
    expect(citing.length).toBeGreaterThan(20);
  });

  it.each(citing.map((file) => [file.slice(repository.length), file]))(
    '%s names docs/clinical-rules.md',
    (_name, file) => {
      expect(readFileSync(file, 'utf8')).toContain('docs/clinical-rules.md');
    },
  );

  it.each(citing.map((file) => [file.slice(repository.length), file]))(
    '%s cites only sections that exist',
    (_name, file) => {
      const sections = new Set([...rules.matchAll(/^## §(\d)/gm)].map((m) => m[1]));
      for (const match of readFileSync(file, 'utf8').matchAll(/§(\d)(?:[–-](\d))?/g)) {
        expect(sections, match[0]).toContain(match[1]);
        if (match[2] !== undefined) expect(sections, match[0]).toContain(match[2]);
      }
    },
  );

  it('names only engine files that exist', () => {
    const named = [
      ...rules.matchAll(
        /`((?:rules|programme|triage|replay|i18n|test-support)\/[\w-]+\.ts)`|`([\w-]+\.ts)`/g,
      ),
    ];
    expect(named.length).toBeGreaterThan(15);
    for (const [, inFolder, atRoot] of named) {
      const file = join(engineSource, inFolder ?? atRoot ?? '');
      expect(existsSync(file), file.slice(repository.length)).toBe(true);
    }
  });
});
