/**
 * Urgent flags from what a walk's log says (clinical-rules §1 and §4): an emergency or GP sign
 * logged as a new symptom, a fall, and dizziness during retro-walking (SEED-RW stops retro-walking
 * for it). The engine's own code lists decide which sign is which.
 */
import { dayNumber, EMERGENCY_FLAGS, GP_FLAGS, isoDate, type RedFlag } from '@wandelcoach/engine';
import { FLAG_WINDOW_DAYS, type FlagCandidate, type FlagKind, type FlagWalk } from './types.js';

const EMERGENCY: ReadonlySet<RedFlag> = new Set(EMERGENCY_FLAGS);
const GP: ReadonlySet<RedFlag> = new Set(GP_FLAGS);

/** The walks dated within the window that ends today. */
export function recentWalks(walks: readonly FlagWalk[], today: string): FlagWalk[] {
  const from = isoDate(dayNumber(today) - (FLAG_WINDOW_DAYS - 1));
  return walks.filter((walk) => walk.date >= from && walk.date <= today);
}

function candidate(kind: FlagKind, walks: readonly FlagWalk[], signs?: RedFlag[]): FlagCandidate | undefined {
  if (walks.length === 0) return undefined;
  const dates = [...new Set(walks.map((walk) => walk.date))].sort();
  const evidenceAt =
    walks
      .map((walk) => walk.updatedAt)
      .sort()
      .at(-1) ?? '';
  return { kind, evidence: { dates, ...(signs !== undefined && { signs }) }, evidenceAt };
}

function withSigns(kind: FlagKind, walks: readonly FlagWalk[], which: ReadonlySet<RedFlag>) {
  const matching = walks.filter((walk) => walk.newSymptoms.some((sign) => which.has(sign)));
  const signs = [...new Set(matching.flatMap((walk) => walk.newSymptoms.filter((sign) => which.has(sign))))];
  return candidate(kind, matching, signs.sort());
}

/**
 * The urgent flags the past week's walks call for, one per kind at most.
 *
 * @example signFlags([{ …, date: '2026-11-20', fall: true }], '2026-11-21') → [{ kind: 'fall', … }]
 */
export function signFlags(walks: readonly FlagWalk[], today: string): FlagCandidate[] {
  const recent = recentWalks(walks, today);
  return [
    withSigns('emergency-sign', recent, EMERGENCY),
    withSigns('gp-sign', recent, GP),
    candidate(
      'fall',
      recent.filter((walk) => walk.fall),
    ),
    candidate(
      'retro-dizziness',
      recent.filter((walk) => walk.kind === 'retro' && walk.dizziness),
    ),
  ].filter((found): found is FlagCandidate => found !== undefined);
}
