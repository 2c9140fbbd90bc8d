/**
 * What the members of the clinician's practice did with this patient's record (NEN 7513), newest
 * first, a page at a time. Opening it is itself a read, so it shows first.
 */
import type * as Api from '@wandelcoach/server/api-types';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import { TableScroll } from '../../components/table-scroll.js';
import { patientsApi, usePatientPart } from './data.js';
import { Loaded } from './parts.js';
import type { PatientsKey } from '../i18n/patients.nl.js';
import { formatDate, useWords, type PatientsTranslate } from './words.js';

type Entry = Api.PatientAccessLogAnswer['entries'][number];

const ACTIONS: Readonly<Record<string, PatientsKey>> = {
  read: 'cp.log.action.read',
  change: 'cp.log.action.change',
  end: 'cp.log.action.end',
};

const RESOURCES: Readonly<Record<string, PatientsKey>> = {
  intake: 'cp.log.resource.intake',
  plan: 'cp.log.resource.plan',
  walks: 'cp.log.resource.walks',
  walk: 'cp.log.resource.walk',
  progress: 'cp.log.resource.progress',
  prescription: 'cp.log.resource.prescription',
  flags: 'cp.log.resource.flags',
  notes: 'cp.log.resource.notes',
  'access-log': 'cp.log.resource.access-log',
  'care-link': 'cp.log.resource.care-link',
};

/** An entry's "what" in words; a code this version does not know is shown as the code. */
export function entryWords(w: PatientsTranslate, entry: Pick<Entry, 'action' | 'resource'>): string {
  const action = ACTIONS[entry.action];
  const resource = RESOURCES[entry.resource];
  return w('cp.log.line', {
    action: action === undefined ? entry.action : w(action),
    resource: resource === undefined ? entry.resource : w(resource),
  });
}

export function AccessLogSection(props: { patientId: string }) {
  const { api } = useApp();
  const { w, locale } = useWords();
  const first = usePatientPart(props.patientId, 'access-log');
  const [more, setMore] = useState<{ entries: Entry[]; next: string | null }>();
  return (
    <>
      <h2>{w('cp.log.title')}</h2>
      <p>{w('cp.log.intro')}</p>
      <Loaded state={first}>
        {(answer) => {
          const entries = [...answer.entries, ...(more?.entries ?? [])];
          const next = more === undefined ? answer.next : more.next;
          if (entries.length === 0) return <p>{w('cp.log.none')}</p>;
          return (
            <>
              <TableScroll label={w('cp.log.title')}>
                <table className="cp-table">
                  <caption className="cp-visually-hidden">{w('cp.log.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{w('cp.log.col.when')}</th>
                      <th scope="col">{w('cp.log.col.who')}</th>
                      <th scope="col">{w('cp.log.col.what')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((entry, i) => (
                      <tr key={`${entry.at}-${String(i)}`}>
                        <th scope="row">{formatDate(locale, entry.at)}</th>
                        <td>
                          {entry.who.kind === 'clinician'
                            ? (entry.who.name ?? w('cp.flag.colleague'))
                            : w('cp.log.former')}
                        </td>
                        <td>{entryWords(w, entry)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              {next !== null && (
                <div className="actions">
                  <button
                    type="button"
                    onClick={() => {
                      patientsApi.accessLog(api, props.patientId, next).then(
                        (page) => {
                          setMore({ entries: [...(more?.entries ?? []), ...page.entries], next: page.next });
                        },
                        () => undefined,
                      );
                    }}
                  >
                    {w('cp.log.more')}
                  </button>
                </div>
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
