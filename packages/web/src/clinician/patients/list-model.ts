/**
 * The patients list's rules, pure: who comes first (the most urgent open flag), who matches the filter
 * and the search (by name or code), and what a row says about the walks (the pain trend of the past weeks).
 */
import type * as Api from '@wandelcoach/server/api-types';

type Severity = Api.FlagAnswer['severity'];
type Kind = Api.FlagAnswer['kind'];

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = {
  urgent: 0,
  attention: 1,
  inactivity: 2,
  adherence: 3,
};

/** The flag filter: every patient, those with any open flag, or those with an open flag of one kind. */
export type FlagFilter = 'all' | 'any' | Kind;

function mostUrgent(patient: Api.LinkedPatient): number {
  return Math.min(4, ...patient.openFlags.map((flag) => SEVERITY_ORDER[flag.severity]));
}

/** Lowercase, without accents: "Jose" finds "José". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** A code as typed or printed, bare: "kmpt-3947" and "KMPT 3947" are both "KMPT3947". */
function bareCode(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/** Fewer characters than this are read as part of a name only, never of a code ("an" is no code). */
const CODE_PART_MIN = 4;

/**
 * A search matches part of the name (any case, accents or not), or part of the invite code the
 * patient linked with (any case, with or without the printed sheet's space or a dash), from 4
 * characters on.
 */
export function matchesSearch(
  patient: Pick<Api.LinkedPatient, 'patientName' | 'code'>,
  search: string,
): boolean {
  const wanted = folded(search);
  if (wanted === '' || folded(patient.patientName).includes(wanted)) return true;
  const code = bareCode(search);
  return code.length >= CODE_PART_MIN && patient.code.includes(code);
}

export function visiblePatients(
  patients: readonly Api.LinkedPatient[],
  filter: FlagFilter,
  search: string,
): Api.LinkedPatient[] {
  return patients
    .filter((patient) => {
      if (filter === 'any' && patient.openFlags.length === 0) return false;
      if (filter !== 'all' && filter !== 'any' && !patient.openFlags.some((flag) => flag.kind === filter))
        return false;
      return matchesSearch(patient, search);
    })
    .sort((a, b) => mostUrgent(a) - mostUrgent(b) || a.patientName.localeCompare(b.patientName));
}

/** A row's flags, most urgent first (then newest), with their ids when the practice's list has them. */
export function rowFlags(
  patient: Api.LinkedPatient,
  practiceFlags: readonly Api.PracticeFlagsAnswer['flags'][number][],
): { kind: Kind; severity: Severity; id: string | undefined; seen: Api.FlagAnswer['seen'] }[] {
  return [...patient.openFlags]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((flag) => {
      const open = practiceFlags.find(
        (each) => each.patientId === patient.patientId && each.kind === flag.kind,
      );
      return { ...flag, id: open?.id, seen: open?.seen ?? null };
    });
}

/** Last week's walked minutes as a share of the planned, in whole percent; undefined before a week ended. */
export function adherencePercent(lastWeek: Api.LinkedPatient['lastWeek']): number | undefined {
  if (lastWeek === null) return undefined;
  if (lastWeek.plannedMinutes === 0) return 100;
  return Math.round((lastWeek.walkedMinutes / lastWeek.plannedMinutes) * 100);
}

/**
 * A row's pain trend: the average pain while walking of the plan weeks begun in the past 4 weeks
 * (the list's answer carries them, oldest first), with the first and the last to say in words;
 * undefined without a walk in those weeks.
 */
export function painTrend(
  patient: Pick<Api.LinkedPatient, 'weeklyPain'>,
): { scores: number[]; first: number; last: number } | undefined {
  const scores = patient.weeklyPain.map((week) => week.averagePain);
  const first = scores[0];
  const last = scores.at(-1);
  return first === undefined || last === undefined ? undefined : { scores, first, last };
}

/** Open flags first, the most urgent first; then the handled ones, newest first. */
export function openFirst<T extends { state: string; severity: Severity; raisedAt: string }>(
  flags: readonly T[],
): T[] {
  const handled = (flag: T) => (flag.state === 'handled' ? 1 : 0);
  return [...flags].sort(
    (a, b) =>
      handled(a) - handled(b) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.raisedAt.localeCompare(a.raisedAt),
  );
}
