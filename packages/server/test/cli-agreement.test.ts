/**
 * The command line and the API answer the same inputs the same way (docs/clinical-rules.md, issue
 * cases): the same plan for the same intake and walks, and the same field named for a bad date.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, run } from '../../cli/src/run.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';

const TODAY = '2026-11-21';
const dir = mkdtempSync(path.join(tmpdir(), 'wandelcoach-agreement-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function cli(intake: unknown, logs: unknown[] = []) {
  const intakeFile = path.join(dir, `intake-${crypto.randomUUID()}.json`);
  const logsFile = path.join(dir, `logs-${crypto.randomUUID()}.json`);
  writeFileSync(intakeFile, JSON.stringify(intake));
  writeFileSync(logsFile, JSON.stringify(logs));
  let stdout = '';
  let stderr = '';
  const code = await run(['plan', '--intake', intakeFile, '--logs', logsFile, '--today', TODAY, '--json'], {
    stdin: (async function* () {})(),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    today: () => TODAY,
  });
  return { code, stdout, stderr };
}

describeEachDatabase('the CLI and the API agree', (server) => {
  it('refuse a GP clearance from 1990 for new back pain after cancer with the same answer', async () => {
    server().clock.set(`${TODAY}T10:00:00Z`);
    const intake = { ...INTAKE, redFlags: ['cancer-history'], clearedBy: { by: 'gp', date: '1990-01-01' } };
    const client = server().client();
    await client.signUp();
    const api = await client.put('/me/intake', intake);
    const command = await cli(intake);
    expect(command.code).toBe(EXIT_OK);
    expect(api.status).toBe(200);
    expect(api.body).toEqual(JSON.parse(command.stdout));
    expect(api.body.plan).toBeNull();
    expect(api.body.triage.reasons.map((r: { code: string }) => r.code)).toContain('clearance.too-old');
  });

  it('give the same plan for the same walks', async () => {
    server().clock.set(`${TODAY}T10:00:00Z`);
    const client = server().client();
    await client.signUp();
    await client.put('/me/intake', INTAKE);
    const walks = [
      walk({ date: '2026-11-10', minutes: 60, painDuring: 2, painNextMorning: 4 }),
      walk({ date: '2026-11-17', kind: 'forward', minutes: 4, painDuring: 7, painNextMorning: null }),
    ];
    for (const sent of walks) expect((await client.post('/me/walks', sent)).status).toBe(201);
    const command = await cli(INTAKE, walks);
    expect(command.code).toBe(EXIT_OK);
    expect((await client.get('/me/plan')).body).toEqual(JSON.parse(command.stdout));
  });

  it('name the start date of a plan in 1990 or 9999 (exit 2 / 422), with the same words', async () => {
    server().clock.set(`${TODAY}T10:00:00Z`);
    const client = server().client();
    await client.signUp();
    for (const startDate of ['1990-01-01', '9999-12-31']) {
      const command = await cli({ ...INTAKE, startDate });
      const api = await client.put('/me/intake', { ...INTAKE, startDate });
      expect(command.code).toBe(EXIT_BAD_INPUT);
      expect(command.stdout).toBe('');
      expect(api.status).toBe(422);
      const message = api.body.errors.find((e: { path: string }) => e.path === 'startDate')?.message;
      expect(command.stderr).toContain(`intake.startDate: ${message}`);
    }
  });

  it('name a walk dated before 2000 (exit 2 / 422), with the same words', async () => {
    server().clock.set(`${TODAY}T10:00:00Z`);
    const client = server().client();
    await client.signUp();
    await client.put('/me/intake', INTAKE);
    const old = walk({ date: '1999-12-31' });
    const api = await client.post('/me/walks', old);
    const { id: _id, ...log } = old;
    const command = await cli(INTAKE, [log]);
    expect(command.code).toBe(EXIT_BAD_INPUT);
    expect(api.status).toBe(422);
    expect(command.stderr.trim()).toBe(`logs[0].date: ${api.body.errors[0].message}`);
  });
});
