import { readFileSync } from 'node:fs';

/**
 * The version in `packages/cli/package.json`. Read at run time, relative to this module, so the same
 * code works from `src/` in tests and from `dist/` in the installed command.
 */
export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as unknown;
  if (
    typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
  ) {
    return manifest.version;
  }
  throw new Error('packages/cli/package.json has no version');
}
