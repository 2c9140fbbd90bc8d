/**
 * Runs a suite once per database (SQLite and PostgreSQL), each with its own fresh server, in the way
 * Kysely's own tests loop over their dialects.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { Dialect } from '../../src/db/database.js';
import {
  createTestServer,
  dialectAvailable,
  testDialects,
  type TestServer,
  type TestServerOptions,
} from './test-server.js';

export function describeEachDatabase(
  name: string,
  suite: (server: () => TestServer, dialect: Dialect) => void,
  options: TestServerOptions = {},
): void {
  for (const dialect of testDialects()) {
    describe.skipIf(!dialectAvailable(dialect))(`${name} [${dialect}]`, () => {
      let server: TestServer | undefined;
      beforeAll(async () => {
        server = await createTestServer(dialect, options);
      });
      afterAll(async () => {
        await server?.close();
      });
      suite(() => {
        if (server === undefined) throw new Error('the test server did not start');
        return server;
      }, dialect);
    });
  }
}
