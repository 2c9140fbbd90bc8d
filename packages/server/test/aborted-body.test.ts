/**
 * A client that hangs up halfway through its body (a phone losing its connection) is not an
 * unexpected error: it is logged as a client gone away, without a stack trace, and nothing is stored.
 */
import { serve, type ServerType } from '@hono/node-server';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE } from './support/fixtures.js';

describeEachDatabase('a request whose body never arrives in full', (server) => {
  let http: ServerType;
  let port = 0;
  beforeAll(async () => {
    http = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: server().app.fetch, hostname: '127.0.0.1', port: 0 }, () => {
        resolve(started);
      });
    });
    port = (http.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve));
  });

  it('is logged as the client going away, never as an unexpected error', async () => {
    const client = server().client();
    await client.signUp();
    const before = server().logLines.length;
    const errorsBefore = server().errors.length;
    const body = JSON.stringify(INTAKE);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          [
            'PUT /api/v1/me/intake HTTP/1.1',
            `Host: 127.0.0.1:${String(port)}`,
            'Content-Type: application/json',
            `Content-Length: ${String(body.length + 100)}`,
            `Cookie: ${client.cookie ?? ''}`,
            `X-CSRF-Token: ${client.csrfToken ?? ''}`,
            '',
            body.slice(0, 40),
          ].join('\r\n'),
        );
        // Half a body, then gone.
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });
    // The server notices the hang-up and finishes the request.
    await expect.poll(() => server().logLines.length - before, { timeout: 5_000 }).toBeGreaterThan(0);
    const lines = server()
      .logLines.slice(before)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    console.log(JSON.stringify(lines));
    expect(lines.some((line) => line['msg'] === 'unexpected error')).toBe(false);
    expect(
      lines.some((line) => line['msg'] === 'the client went away before its request arrived in full'),
    ).toBe(true);
    expect(server().errors.length).toBe(errorsBefore);
    expect(server().logLines.slice(before).join('\n')).not.toContain('    at ');
    expect((await client.get('/me/intake')).status).toBe(404);
  });
});
