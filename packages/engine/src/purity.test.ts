/** The engine is the pure domain: the server, the CLI and the web app all run it unchanged. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('engine purity', () => {
  const files = sourceFiles(root);

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(root.length), f]))('%s has no I/O or platform imports', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(
      /from ['"]node:|require\(|\bprocess\.|\bfetch\(|Math\.random|Date\.now|new Date\(\)/,
    );
    const imports = [...text.matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gm)].map((m) => m[1] ?? '');
    for (const specifier of imports)
      expect(specifier === 'zod' || specifier.startsWith('.'), specifier).toBe(true);
  });
});
