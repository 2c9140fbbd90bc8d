/**
 * A practice and its physiotherapist for the care-team journeys, made as an operator and a clinician
 * would: the command line's `practice create` on the server's data folder (the global setup passes
 * it), the admin joining with the printed link and making themselves clinician, then the second
 * factor set up with a code computed from the secret at the server's own time (its clock is pinned,
 * so the code comes from a time the server wrote, not this machine's clock). From there the
 * clinician works through the API, as their screens would.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, request, type APIRequestContext, type APIResponse } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { DATA_DIR_VARIABLE, URL_VARIABLE } from './global-setup.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const cli = path.join(repoRoot, 'packages/cli/bin/wandelcoach.js');
const PASSWORD = 'een rustige wandeling langs het water';

function required(variable: string): string {
  const value = process.env[variable];
  if (value === undefined) throw new Error(`${variable} is not set: is the global setup running?`);
  return value;
}

/** `wandelcoach practice create`, on the test server's database; answers the admin's link. */
function createPractice(name: string, adminEmail: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: required(DATA_DIR_VARIABLE) };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  const made = spawnSync(
    process.execPath,
    [cli, 'practice', 'create', '--name', name, '--admin-email', adminEmail],
    {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    },
  );
  expect(made.status, `${made.stdout}\n${made.stderr}`).toBe(0);
  const link = /\S+\/join-practice#token=\S+/.exec(made.stdout)?.[0];
  if (link === undefined) throw new Error(`no link in: ${made.stdout}`);
  return link;
}

async function ok(response: APIResponse, status: number): Promise<unknown> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(status);
  return status === 204 ? undefined : response.json();
}

/** The six-digit code an authenticator app shows for `secret` at a moment. */
function codeAt(secret: string, atMs: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: atMs,
  });
}

export interface PatientInvite {
  code: string;
  /** The address the clinician hands out (a QR code points to it), without the server's origin. */
  address: string;
  birthYear: number;
}

/** A physiotherapist of a practice of their own, signed in with the second factor proven. */
export class Physiotherapist {
  private constructor(
    private readonly api: APIRequestContext,
    private readonly csrfToken: string,
    readonly name: string,
    readonly practiceName: string,
  ) {}

  static async create(name = 'Sanne Jansen'): Promise<Physiotherapist> {
    const practiceName = `Fysiotherapie De Brug ${randomUUID().slice(0, 6)}`;
    const email = `physio-${randomUUID().slice(0, 12)}@example.com`;
    const token = new URLSearchParams(new URL(createPractice(practiceName, email)).hash.slice(1)).get(
      'token',
    );
    const api = await request.newContext({ baseURL: required(URL_VARIABLE) });
    const joined = (await ok(
      await api.post('/api/v1/practice-invites/accept', { data: { token, password: PASSWORD } }),
      200,
    )) as { csrfToken: string; account: { id: string } };
    const headers = { 'x-csrf-token': joined.csrfToken };
    const { practices } = (await ok(await api.get('/api/v1/practices'), 200)) as {
      practices: { practiceId: string }[];
    };
    const practiceId = practices[0]?.practiceId ?? '';
    // The server's clock, read from when it wrote the membership a moment ago (its clock is pinned).
    const { members } = (await ok(await api.get(`/api/v1/practices/${practiceId}/members`), 200)) as {
      members: { accountId: string; since: string }[];
    };
    const since = members.find((member) => member.accountId === joined.account.id)?.since ?? '';
    const serverOffset = Date.parse(since) - Date.now();
    // The admin of a small practice is its physiotherapist too.
    await ok(
      await api.patch(`/api/v1/practices/${practiceId}/members/${joined.account.id}`, {
        headers,
        data: { clinician: true, displayName: name },
      }),
      200,
    );
    const setup = await api.post('/api/v1/clinician/second-factor/setup', { headers });
    const { secret } = (await ok(setup, 200)) as { secret: string };
    await ok(
      await api.post('/api/v1/clinician/second-factor/confirm', {
        headers,
        data: { code: codeAt(secret, Date.now() + serverOffset) },
      }),
      200,
    );
    return new Physiotherapist(api, joined.csrfToken, name, practiceName);
  }

  private get headers(): Record<string, string> {
    return { 'x-csrf-token': this.csrfToken };
  }

  async invite(patientName: string, birthYear: number): Promise<PatientInvite> {
    const response = await this.api.post('/api/v1/clinician/patient-invites', {
      headers: this.headers,
      data: { patientName, birthYear },
    });
    const { code, link } = (await ok(response, 201)) as { code: string; link: string };
    const url = new URL(link);
    return { code, address: `${url.pathname}${url.hash}`, birthYear };
  }

  /** The id of the one patient linked with the practice. */
  async patientId(): Promise<string> {
    const { patients } = (await ok(await this.api.get('/api/v1/clinician/patients'), 200)) as {
      patients: { patientId: string }[];
    };
    expect(patients).toHaveLength(1);
    return patients[0]?.patientId ?? '';
  }

  /** Reads the patient's plan; answers the status (404 once the patient stopped the link). */
  async readPlan(patientId: string): Promise<number> {
    return (await this.api.get(`/api/v1/clinician/patients/${patientId}/plan`)).status();
  }

  /** Changes the patient's plan from `date` with a reason the patient reads. */
  async changePlan(patientId: string, date: string, reason: string): Promise<void> {
    await ok(
      await this.api.post(`/api/v1/clinician/patients/${patientId}/prescription/changes`, {
        headers: this.headers,
        data: { date, reason, weeklyStepMinutes: 2 },
      }),
      201,
    );
  }

  async dispose(): Promise<void> {
    await this.api.dispose();
  }
}
