/** A patient's walks: the charts of minutes and pain (loaded on demand), and every walk in a table. */
import { formatNumber } from '@wandelcoach/engine';
import { lazy, Suspense } from 'react';
import { useApp } from '../../app-context.js';
import { TableScroll } from '../../components/table-scroll.js';
import { usePatientPart } from './data.js';
import { Loaded } from './parts.js';
import { formatDate, supervisedWords, useWords } from './words.js';

const PatientCharts = lazy(() =>
  import('./patient-charts.js').then((module) => ({ default: module.PatientCharts })),
);

export function WalksSection(props: { patientId: string }) {
  const { t, locale: appLocale } = useApp();
  const { w, locale } = useWords();
  const progress = usePatientPart(props.patientId, 'progress');
  const walks = usePatientPart(props.patientId, 'walks');
  const n = (value: number) => formatNumber(locale, value);
  return (
    <>
      <section aria-labelledby="cp-charts">
        <h2 id="cp-charts">{w('cp.charts.title')}</h2>
        <Loaded state={progress}>
          {(answer) => (
            <Suspense fallback={<p className="hint">{w('cp.loading')}</p>}>
              <PatientCharts t={t} locale={appLocale} progress={answer} />
            </Suspense>
          )}
        </Loaded>
      </section>
      <section aria-labelledby="cp-walks">
        <h2 id="cp-walks">{w('cp.walks.title')}</h2>
        <Loaded state={walks}>
          {(list) =>
            list.length === 0 ? (
              <p>{w('cp.walks.none')}</p>
            ) : (
              <TableScroll label={w('cp.walks.title')}>
                <table className="cp-table">
                  <caption className="cp-visually-hidden">{w('cp.walks.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{w('cp.walks.col.date')}</th>
                      <th scope="col">{w('cp.walks.col.kind')}</th>
                      <th scope="col">{w('cp.walks.col.minutes')}</th>
                      <th scope="col">{w('cp.walks.col.pain')}</th>
                      <th scope="col">{w('cp.walks.col.morning')}</th>
                      <th scope="col">{w('cp.walks.col.events')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...list]
                      .sort((a, b) => b.date.localeCompare(a.date))
                      .map((walk) => {
                        const events = [
                          ...(walk.fall ? [w('cp.walks.fall')] : []),
                          ...(walk.dizziness ? [w('cp.walks.dizzy')] : []),
                          ...walk.newSymptoms.map((sign) => w(`cp.sign.${sign}`)),
                          ...(walk.supervisedBy === undefined ? [] : [supervisedWords(w, walk.supervisedBy)]),
                        ];
                        return (
                          <tr key={walk.id}>
                            <th scope="row">{formatDate(locale, walk.date)}</th>
                            <td>{w(`cp.walks.kind.${walk.kind}`)}</td>
                            <td>{n(walk.minutes)}</td>
                            <td>{walk.painDuring}</td>
                            <td>{walk.painNextMorning ?? w('cp.dash')}</td>
                            <td>{events.length === 0 ? w('cp.dash') : events.join(', ')}</td>
                          </tr>
                        );
                      })}
                  </tbody>
                </table>
              </TableScroll>
            )
          }
        </Loaded>
      </section>
    </>
  );
}
