/**
 * The sources a rule may cite, from the table in `../shared/spec/clinical-rules.md`. A source is a table
 * code, optionally narrowed to a section (`KNGF-B.1.3`). Every reason the engine gives names one.
 * `CLINICIAN` is this project's addition (docs/clinical-rules.md §6): a decision a linked clinician
 * recorded for this person, which the reason carries with its author and their reason.
 */
export const SOURCE_FAMILIES = {
  'SEED-RW': 'Retro-walking advice from physiotherapists (magazine article, 2025)',
  'SEED-BP': 'Walking for back complaints, advice of a Dutch multidisciplinary back clinic',
  KNGF: 'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
  NICE: 'NICE NG59 Low back pain and sciatica in over 16s (2016, updated 2020)',
  CES: 'Cauda equina pathway wording (NICE CKS 2018, GIRFT national pathway)',
  WALKBACK: 'Pocovi et al., Lancet 2024;404:134-44 (WalkBack trial)',
  PMM: 'Pain-monitoring model, Silbernagel et al. 2007',
  SPIKE: 'Frandsen et al. 2025, BJSM: single-session spikes and injury risk',
  STEADI: 'CDC STEADI fall-risk screening',
  CADENCE: 'Tudor-Locke et al. 2018-2021: walking cadence and intensity',
  NPRS: 'Numeric pain rating scale 0-10; 2 points is a real change (Childs 2005)',
  // This project's addition: not a publication but a linked clinician's recorded decision (§6).
  CLINICIAN: 'A linked clinician’s prescription for this person, with its author, date and reason',
} as const;
export type SourceFamily = keyof typeof SOURCE_FAMILIES;

export const SOURCES = [
  'SEED-RW',
  'SEED-BP',
  'KNGF-B.1.3',
  'KNGF-B.2',
  'KNGF-C.2.1',
  'KNGF-C.2.2',
  'NICE-1.1.1',
  'NICE-1.1.2',
  'CES',
  'WALKBACK',
  'PMM',
  'SPIKE',
  'STEADI',
  'CADENCE',
  'NPRS',
  'CLINICIAN',
] as const;
export type Source = (typeof SOURCES)[number];

/** The table row a source belongs to, e.g. `KNGF-B.1.3` → `KNGF`. */
export function sourceFamily(source: Source): SourceFamily {
  for (const family of Object.keys(SOURCE_FAMILIES) as SourceFamily[]) {
    if (source === family || source.startsWith(`${family}-`)) return family;
  }
  // Unreachable for a value of type Source; kept so a new source without a family fails loudly in tests.
  throw new Error(`Source ${JSON.stringify(source)} has no family in the clinical-rules table`);
}
