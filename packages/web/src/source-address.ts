/**
 * The address of what a source says: the sources screen, with the source's code as the section
 * (`/sources#KNGF-B.1.3`). A reason links there; the screen reads the hash back.
 */
import { SOURCES, type Source } from '@wandelcoach/engine';

/** The screen that explains every source in plain words. */
export const SOURCES_PATH = '/sources';

/** Where a source's summary is: `sourcePath('KNGF-B.1.3')` → `/sources#KNGF-B.1.3`. */
export function sourcePath(source: Source): string {
  return `${SOURCES_PATH}#${encodeURIComponent(source)}`;
}

/** The source an address's hash names (`#KNGF-B.1.3`), or undefined for anything else. */
export function sourceInHash(hash: string): Source | undefined {
  let code: string;
  try {
    code = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    // A malformed escape (`#%E0`) names nothing.
    return undefined;
  }
  return (SOURCES as readonly string[]).includes(code) ? (code as Source) : undefined;
}
