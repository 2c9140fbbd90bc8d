/**
 * Care teams for the browser suites, on the practice and clinician `signedInClinician()` makes
 * (support/clinician.ts: the command line's `practice create`, the admin joining and making themself
 * clinician, the second factor proven with a code worked out on the server's clock). From there the
 * clinician works through the API, as their screens would: `Physiotherapist` invites, reads and
 * changes; `careTeam()` readies a linked patient with an intake and walks for the clinician's screens.
 */
import { expect, request, type APIRequestContext } from '@playwright/test';
import { signedInClinician, type SignedInClinician } from './clinician.js';
import { URL_VARIABLE } from './global-setup.js';
import { newPerson } from './pages.js';

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
  clinician: SignedInClinician;
  patient: Api;
  patientId: string;
  patientName: string;
  /** The invite code the patient linked with, as the server gave it (8 characters, no grouping). */
  code: string;
}

/** Everything a clinician's screen needs, ready: the practice, the clinician, the patient, the walks. */
export async function careTeam(options: {
  patientName: string;
  startDate: string;
  walks: readonly WalkInput[];
}): Promise<CareTeam> {
  const clinician = await signedInClinician({
    practiceName: 'Fysiotherapie De Brug',
    displayName: 'Sanne Jansen',
  });
  const birthYear = 1961;
  const invite = (await clinician.api.send('POST', '/clinician/patient-invites', {
    patientName: options.patientName,
    birthYear,
  })) as { code: string };

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
    patient,
    patientId: patient.accountId,
    patientName: options.patientName,
    code: invite.code,
  };
}

export interface PatientInvite {
  code: string;
  /** The address the clinician hands out (a QR code points to it), without the server's origin. */
  address: string;
  birthYear: number;
}

/** A physiotherapist of a practice of their own, signed in with the second factor proven. */
export class Physiotherapist {
  private constructor(private readonly clinician: SignedInClinician) {}

  static async create(name = 'Sanne Jansen', practiceName?: string): Promise<Physiotherapist> {
    return new Physiotherapist(
      await signedInClinician({ displayName: name, ...(practiceName !== undefined && { practiceName }) }),
    );
  }

  get name(): string {
    return this.clinician.displayName;
  }

  get practiceName(): string {
    return this.clinician.practiceName;
  }

  async invite(patientName: string, birthYear: number): Promise<PatientInvite> {
    const { code, link } = (await this.clinician.api.send('POST', '/clinician/patient-invites', {
      patientName,
      birthYear,
    })) as { code: string; link: string };
    const url = new URL(link);
    return { code, address: `${url.pathname}${url.hash}`, birthYear };
  }

  /** The id of the one patient linked with the practice. */
  async patientId(): Promise<string> {
    const { patients } = (await this.clinician.api.send('GET', '/clinician/patients')) as {
      patients: { patientId: string }[];
    };
    expect(patients).toHaveLength(1);
    return patients[0]?.patientId ?? '';
  }

  /** Reads the patient's plan; answers the status (404 once the patient stopped the link). */
  readPlan(patientId: string): Promise<number> {
    return this.clinician.api.status('GET', `/clinician/patients/${patientId}/plan`);
  }

  /** The practice ends its link with the patient when the treatment is over (their overview's "end"). */
  async endLink(patientId: string): Promise<void> {
    expect(await this.clinician.api.status('DELETE', `/clinician/patients/${patientId}`)).toBe(204);
  }

  /** Changes the patient's plan from `date` with a reason the patient reads. */
  async changePlan(patientId: string, date: string, reason: string): Promise<void> {
    await this.clinician.api.send('POST', `/clinician/patients/${patientId}/prescription/changes`, {
      date,
      reason,
      weeklyStepMinutes: 2,
    });
  }
}
