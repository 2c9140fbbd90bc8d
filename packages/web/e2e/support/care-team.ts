/**
 * A practice with a clinician and a linked patient, set up through the command line and the API as
 * people would: `wandelcoach practice create` on the e2e server's database, the admin joining with
 * the printed link and making themselves clinician, the second factor set up with a code computed
 * from the secret (otpauth, at the server's time), a patient invite the patient accepts, an intake
 * and walks. The clinician's session cookies go into a browser context.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, request, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { TOTP } from 'otpauth';
import { serverNow } from './clinician.js';
import { DATA_DIR_VARIABLE, URL_VARIABLE } from './global-setup.js';
import { newPerson } from './pages.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const cli = path.join(repoRoot, 'packages/cli/bin/wandelcoach.js');

export interface Api {
  context: APIRequestContext;
  csrf: string;
  accountId: string;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, status: number): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

async function newContext(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: process.env[URL_VARIABLE] ?? '' });
}

/** The server's own time: its clock started at the pinned moment and runs on. */
function serverTime(): number {
  return serverNow('plain');
}

function post(api: Api, url: string, data?: unknown) {
  return api.context.post(`/api/v1${url}`, { headers: { 'x-csrf-token': api.csrf }, data: data ?? {} });
}

export interface WalkInput {
  date: string;
  minutes: number;
  painDuring: number;
  fall?: boolean;
  painNextMorning?: number;
}

export interface CareTeam {
  clinician: Api;
  clinicianName: string;
  patient: Api;
  patientId: string;
  patientName: string;
}

/** Everything a clinician's screen needs, ready: the practice, the clinician, the patient, the walks. */
export async function careTeam(options: {
  patientName: string;
  startDate: string;
  walks: readonly WalkInput[];
}): Promise<CareTeam> {
  const dataDir = process.env[DATA_DIR_VARIABLE];
  if (dataDir === undefined) throw new Error(`${DATA_DIR_VARIABLE} is not set: run through the global setup`);
  const person = newPerson();
  const clinicianName = 'Sanne Jansen';
  const made = spawnSync(
    process.execPath,
    [cli, 'practice', 'create', '--name', 'Fysiotherapie De Brug', '--admin-email', person.email],
    { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' },
  );
  expect(made.status, made.stderr).toBe(0);
  const link = /\S+\/join-practice#token=\S+/.exec(made.stdout)?.[0] ?? '';
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? '';

  const clinicianContext = await newContext();
  const joined = await json<{ csrfToken: string; account: { id: string } }>(
    await clinicianContext.post('/api/v1/practice-invites/accept', {
      data: { token, password: person.password, displayName: clinicianName },
    }),
    200,
  );
  const clinician: Api = { context: clinicianContext, csrf: joined.csrfToken, accountId: joined.account.id };
  const practices = await json<{ practices: { practiceId: string }[] }>(
    await clinicianContext.get('/api/v1/practices'),
    200,
  );
  const practiceId = practices.practices[0]?.practiceId ?? '';
  const roles = await clinicianContext.patch(
    `/api/v1/practices/${practiceId}/members/${clinician.accountId}`,
    {
      headers: { 'x-csrf-token': clinician.csrf },
      data: { clinician: true, displayName: clinicianName },
    },
  );
  expect(roles.status(), await roles.text()).toBe(200);
  const setup = await json<{ secret: string }>(await post(clinician, '/clinician/second-factor/setup'), 200);
  const totp = new TOTP({ secret: setup.secret, digits: 6, period: 30, algorithm: 'SHA1' });
  const code = totp.generate({ timestamp: serverTime() });
  await json(await post(clinician, '/clinician/second-factor/confirm', { code }), 200);

  const birthYear = 1961;
  const invite = await json<{ code: string }>(
    await post(clinician, '/clinician/patient-invites', { patientName: options.patientName, birthYear }),
    201,
  );

  const patientContext = await newContext();
  const signedUp = await json<{ csrfToken: string; account: { id: string } }>(
    await patientContext.post('/api/v1/accounts', {
      data: { ...newPerson(), locale: 'nl', timeZone: 'Europe/Amsterdam' },
    }),
    201,
  );
  const patient: Api = { context: patientContext, csrf: signedUp.csrfToken, accountId: signedUp.account.id };
  const intake = await patientContext.put('/api/v1/me/intake', {
    headers: { 'x-csrf-token': patient.csrf },
    data: {
      locale: 'nl',
      age: 58,
      goals: ['back-pain'],
      backPain: { type: 'chronic', legPain: false },
      painNow: 3,
      activity: 'light',
      comfortableWalkMinutes: 12,
      startDate: options.startDate,
    },
  });
  expect(intake.status(), await intake.text()).toBe(200);
  const preview = await json<{ consent: { version: string } }>(
    await post(patient, '/me/care-team/preview', { code: invite.code, birthYear }),
    200,
  );
  await json(
    await post(patient, '/me/care-team', {
      code: invite.code,
      birthYear,
      consentVersion: preview.consent.version,
    }),
    201,
  );
  for (const walk of options.walks) {
    await json(
      await post(patient, '/me/walks', {
        id: crypto.randomUUID(),
        kind: 'forward',
        date: walk.date,
        minutes: walk.minutes,
        painDuring: walk.painDuring,
        ...(walk.fall === true && { fall: true }),
        ...(walk.painNextMorning !== undefined && { painNextMorning: walk.painNextMorning }),
      }),
      201,
    );
  }
  return {
    clinician,
    clinicianName,
    patient,
    patientId: patient.accountId,
    patientName: options.patientName,
  };
}

/** Puts the clinician's session (its cookies) into a browser context. */
export async function signInBrowser(context: BrowserContext, api: Api): Promise<void> {
  const state = await api.context.storageState();
  await context.addCookies(state.cookies);
}
