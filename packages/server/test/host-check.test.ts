/** DNS rebinding: the server answers only to its own names (PUBLIC_URL, localhost, plain addresses). */
import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';

describeEachDatabase(
  'the Host header',
  (server) => {
    const ask = (host: string) => server().client().request('GET', '/session', { headers: { host } });

    it('answers to the public name, localhost and plain addresses', async () => {
      for (const host of [
        'wandel.example.nl',
        'WANDEL.example.nl:443',
        'localhost:3000',
        '127.0.0.1:3000',
        '[::1]:3000',
        '192.0.2.10',
      ]) {
        expect((await ask(host)).status, host).toBe(200);
      }
    });

    it('refuses any other name with 421, as a problem', async () => {
      for (const host of ['evil.example', 'wandel.example.nl.evil.example', 'rebind.attacker.test:3000']) {
        const response = await ask(host);
        expect(response.status, host).toBe(421);
        expect(response.body.type).toBe('urn:wandelcoach:problem:wrong-host');
      }
    });
  },
  { config: { publicUrl: 'https://wandel.example.nl' } },
);
