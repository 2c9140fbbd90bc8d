/**
 * Outcome measures over time: each timepoint's pain (NPRS), activities (PSFS, with the mean) and
 * overall rating, and the change since the first, in words (2 points or more counts as real). A
 * server without the route yet says so.
 */
import { formatNumber } from '@wandelcoach/engine';
import { useCallback } from 'react';
import { ApiError } from '../../api/client.js';
import { useApp } from '../../app-context.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useQuery } from '../../data/query.js';
import { CLINICIAN_KEYS } from './data.js';
import { better, psfsMean, signed, type OutcomeMeasures } from './outcomes.js';
import { Loaded } from './parts.js';
import { formatDate, useWords, type PatientsTranslate } from './words.js';

function ChangeLine(props: {
  w: PatientsTranslate;
  measure: 'nprs' | 'psfs';
  change: number | null;
  real: boolean;
  format: (n: number) => string;
}) {
  const { w, measure, change } = props;
  if (change === null) return null;
  const direction = better(measure, change);
  const words = [
    w(measure === 'nprs' ? 'cp.outcome.change.nprs' : 'cp.outcome.change.psfs', {
      change: signed(change, props.format),
    }),
    ...(direction === undefined
      ? []
      : [w(direction ? 'cp.outcome.change.better' : 'cp.outcome.change.worse')]),
    w(props.real ? 'cp.outcome.change.real' : 'cp.outcome.change.small'),
  ];
  return <li>{words.join(', ')}</li>;
}

export function OutcomesSection(props: { patientId: string }) {
  const { api, queries } = useApp();
  const { w, locale } = useWords();
  const fetch = useCallback(
    () =>
      api.clinician<OutcomeMeasures>(
        'GET',
        `/clinician/patients/${encodeURIComponent(props.patientId)}/outcome-measures`,
      ),
    [api, props.patientId],
  );
  const outcomes = useQuery(queries, `${CLINICIAN_KEYS}${props.patientId}:outcome-measures`, fetch);
  const n = (value: number) => formatNumber(locale, value);
  const unavailable =
    outcomes.status === 'failed' &&
    outcomes.error instanceof ApiError &&
    outcomes.error.kind === 'route-not-found';
  return (
    <>
      <h2>{w('cp.outcome.title')}</h2>
      <p>{w('cp.outcome.intro')}</p>
      {unavailable ? (
        <p className="notice">{w('cp.outcome.unavailable')}</p>
      ) : (
        <Loaded state={outcomes}>
          {(answer) =>
            answer.answers.length === 0 ? (
              <p>{w('cp.outcome.none')}</p>
            ) : (
              <>
                <TableScroll label={w('cp.outcome.title')}>
                  <table className="cp-table">
                    <caption className="cp-visually-hidden">{w('cp.outcome.title')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{w('cp.outcome.col.timepoint')}</th>
                        <th scope="col">{w('cp.outcome.col.date')}</th>
                        <th scope="col">{w('cp.outcome.col.nprs')}</th>
                        <th scope="col">{w('cp.outcome.col.psfs')}</th>
                        <th scope="col">{w('cp.outcome.col.global')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {answer.answers.map((row) => {
                        const mean = psfsMean(row.psfs);
                        return (
                          <tr key={row.id}>
                            <th scope="row">{w(`cp.outcome.timepoint.${row.timepoint}`)}</th>
                            <td>{formatDate(locale, row.answeredOn)}</td>
                            <td>{n(row.nprs)}</td>
                            <td>
                              <ul className="plain-list cp-psfs">
                                {row.psfs.map((item) => (
                                  <li key={item.activity}>
                                    {item.activity}: {n(item.score)}
                                  </li>
                                ))}
                              </ul>
                              {mean !== null && w('cp.outcome.psfs.mean', { mean: n(mean) })}
                            </td>
                            <td>{row.globalRating === null ? w('cp.dash') : signed(row.globalRating, n)}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableScroll>
                <h3>{w('cp.outcome.change.title')}</h3>
                {answer.change.nprs === null && answer.change.psfs === null ? (
                  <p>{w('cp.outcome.change.none')}</p>
                ) : (
                  <ul className="plain-list">
                    <ChangeLine
                      w={w}
                      measure="nprs"
                      change={answer.change.nprs}
                      real={answer.change.realChange.nprs}
                      format={n}
                    />
                    <ChangeLine
                      w={w}
                      measure="psfs"
                      change={answer.change.psfs}
                      real={answer.change.realChange.psfs}
                      format={n}
                    />
                  </ul>
                )}
              </>
            )
          }
        </Loaded>
      )}
      <p className="hint">{w('cp.outcome.credit')}</p>
    </>
  );
}
