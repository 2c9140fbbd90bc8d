import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../api/client.js';
import { askOnOpening, QueryStore } from '../../data/query.js';
import { dropFromList, patientsQuery, practiceFlagsQuery } from './data.js';

interface ListQuery {
  key: string;
  fetch: () => Promise<unknown>;
  refreshOnOpen: boolean;
}

/** An API whose answers the test sets, counting what was asked. */
function fakeApi(answers: Record<string, unknown>) {
  const asked: string[] = [];
  const api = {
    clinician: (method: string, path: string) => {
      asked.push(`${method} ${path}`);
      return Promise.resolve(answers[path]);
    },
  } as unknown as ApiClient;
  return { api, asked, answers };
}

describe('the practice list on opening', () => {
  const lists: { name: string; make: (api: ApiClient) => ListQuery; path: string }[] = [
    { name: 'patients', make: patientsQuery, path: '/clinician/patients' },
    { name: 'flags', make: practiceFlagsQuery, path: '/clinician/flags' },
  ];
  for (const { name, make, path } of lists) {
    it(`asks for the ${name} again when a screen opens, showing the known answer meanwhile`, async () => {
      const store = new QueryStore();
      const server = fakeApi({ [path]: { first: true } });
      const query = make(server.api);
      askOnOpening(store, query.key, query.fetch, query.refreshOnOpen);
      await store.load(query.key, query.fetch);
      expect(store.state(query.key)).toEqual({ status: 'done', data: { first: true } });

      // A patient links (or falls) meanwhile; the clinician opens the list again.
      server.answers[path] = { second: true };
      askOnOpening(store, query.key, query.fetch, query.refreshOnOpen);
      expect(store.state(query.key)).toEqual({ status: 'done', data: { first: true } });
      await store.load(query.key, query.fetch);
      expect(store.state(query.key)).toEqual({ status: 'done', data: { second: true } });
      expect(server.asked).toEqual([`GET ${path}`, `GET ${path}`]);
    });
  }
});

describe('dropFromList', () => {
  it('takes the patient whose link ended out of the known list, and leaves an unknown list alone', () => {
    const store = new QueryStore();
    const key = patientsQuery(fakeApi({}).api).key;
    dropFromList(store, 'p1');
    expect(store.state(key)).toEqual({ status: 'loading' });
    store.set(key, { patients: [{ patientId: 'p1' }, { patientId: 'p2' }], other: 1 });
    dropFromList(store, 'p1');
    expect(store.state(key)).toEqual({ status: 'done', data: { patients: [{ patientId: 'p2' }], other: 1 } });
  });
});
