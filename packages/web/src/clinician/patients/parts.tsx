/** Small pieces the patient screens share: waiting, failing, and a flag as a chip. */
import type * as Api from '@wandelcoach/server/api-types';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { QueryState } from '../../data/query.js';
import { LoadFailed } from '../../routes/load-failed.js';
import { flagPath } from './paths.js';
import { useWords, type PatientsTranslate } from './words.js';

/** Shows `children(data)` once the answer is there; a quiet line while waiting; what failed, with a retry. */
export function Loaded<T>(props: {
  state: QueryState<T> & { reload: () => Promise<T> };
  children: (data: T) => ReactNode;
}) {
  const { w } = useWords();
  const { state } = props;
  if (state.status === 'loading') return <p className="hint">{w('cp.loading')}</p>;
  if (state.status === 'failed') return <LoadFailed error={state.error} retry={state.reload} />;
  return <>{props.children(state.data)}</>;
}

export function flagWords(
  w: PatientsTranslate,
  flag: { kind: Api.FlagAnswer['kind']; severity: Api.FlagAnswer['severity'] },
): string {
  return w('cp.flag.chip', { severity: w(`cp.severity.${flag.severity}`), kind: w(`cp.flag.${flag.kind}`) });
}

/** A flag as a chip; a link to the flag (which marks it seen) when its id is known. */
export function FlagChip(props: {
  patientId: string;
  flag: { kind: Api.FlagAnswer['kind']; severity: Api.FlagAnswer['severity']; id: string | undefined };
}) {
  const { w } = useWords();
  const words = flagWords(w, props.flag);
  const className = `cp-chip cp-chip-${props.flag.severity}`;
  if (props.flag.id === undefined) return <span className={className}>{words}</span>;
  return (
    <Link href={flagPath(props.patientId, props.flag.id)} className={className}>
      {words}
    </Link>
  );
}
