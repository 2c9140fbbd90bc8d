/**
 * Practices and clinicians for the care-team suites. The second factor is set straight in the
 * database here (the session's `second_factor_at` and `acting_practice_id`), so these suites do not
 * depend on the TOTP sign-in; once that exists, `proveSecondFactor` is the one place to switch to it.
 * Accounts are still made through the API, as every other suite makes them.
 */
import { fromBoolean } from '../../src/db/values.js';
import type { TestClient, TestServer } from './test-server.js';

export interface Practice {
  practiceId: string;
  practiceName: string;
}

export interface ClinicianOfPractice extends Practice {
  clinician: TestClient;
  clinicianId: string;
}

export interface PracticeOptions {
  name?: string;
  displayName?: string;
  /** How the account is made; a suite with mail configured confirms the address through the mailbox. */
  signUp?: (client: TestClient) => Promise<void>;
}

async function signedUp(server: TestServer, signUp?: (client: TestClient) => Promise<void>) {
  const client = server.client();
  if (signUp === undefined) {
    const response = await client.signUp();
    if (response.status !== 201) throw new Error(`sign-up answered ${response.status}: ${response.text}`);
  } else {
    await signUp(client);
  }
  const id = client.account?.id;
  if (id === undefined) throw new Error('the new account has no id');
  return { client, id };
}

export async function insertPractice(
  server: TestServer,
  name = `Praktijk ${crypto.randomUUID().slice(0, 8)}`,
) {
  const practiceId = crypto.randomUUID();
  await server.db.kysely
    .insertInto('practices')
    .values({ id: practiceId, name, created_at: server.clock.now().toISOString() })
    .execute();
  return { practiceId, practiceName: name };
}

async function addMember(
  server: TestServer,
  practiceId: string,
  accountId: string,
  role: { isAdmin: boolean; isClinician: boolean },
): Promise<void> {
  const { dialect } = server.db;
  await server.db.kysely
    .insertInto('practice_members')
    .values({
      practice_id: practiceId,
      account_id: accountId,
      is_admin: fromBoolean(role.isAdmin, dialect),
      is_clinician: fromBoolean(role.isClinician, dialect),
      created_at: server.clock.now().toISOString(),
    })
    .execute();
}

/**
 * Marks every session of the account as having proven the second factor and acting for the
 * practice (or only acting for it, with `proven` false).
 */
export async function proveSecondFactor(
  server: TestServer,
  accountId: string,
  practiceId: string,
  proven = true,
): Promise<void> {
  await server.db.kysely
    .updateTable('sessions')
    .set({
      second_factor_at: proven ? server.clock.now().toISOString() : null,
      acting_practice_id: practiceId,
    })
    .where('account_id', '=', accountId)
    .execute();
}

async function memberOf(
  server: TestServer,
  practice: Practice,
  role: { isAdmin: boolean; isClinician: boolean },
  options: PracticeOptions & { proven: boolean },
): Promise<ClinicianOfPractice> {
  const { client, id } = await signedUp(server, options.signUp);
  await server.db.kysely
    .updateTable('accounts')
    .set({ display_name: options.displayName ?? `Fysiotherapeut ${id.slice(0, 6)}` })
    .where('id', '=', id)
    .execute();
  await addMember(server, practice.practiceId, id, role);
  await proveSecondFactor(server, id, practice.practiceId, options.proven);
  return { ...practice, clinician: client, clinicianId: id };
}

/** A new practice with one clinician, signed in with the second factor proven, acting for it. */
export async function practiceWithClinician(
  server: TestServer,
  options: PracticeOptions = {},
): Promise<ClinicianOfPractice> {
  const practice = await insertPractice(server, options.name);
  return memberOf(server, practice, { isAdmin: false, isClinician: true }, { ...options, proven: true });
}

/** Another clinician of an existing practice, second factor proven. */
export function colleagueIn(server: TestServer, practice: Practice, options: PracticeOptions = {}) {
  return memberOf(server, practice, { isAdmin: false, isClinician: true }, { ...options, proven: true });
}

/** An admin of the practice who is no clinician (second factor proven all the same). */
export function adminOnlyMember(server: TestServer, practice: Practice, options: PracticeOptions = {}) {
  return memberOf(server, practice, { isAdmin: true, isClinician: false }, { ...options, proven: true });
}

/** A clinician of the practice whose session has not given the second factor. */
export function clinicianWithoutSecondFactor(
  server: TestServer,
  practice: Practice,
  options: PracticeOptions = {},
) {
  return memberOf(server, practice, { isAdmin: false, isClinician: true }, { ...options, proven: false });
}

/** What the patient is given: exactly the body of a preview. */
export interface Invite {
  code: string;
  birthYear: number;
}

/** A patient invite made by the clinician through the API. */
export async function invitePatient(
  clinician: TestClient,
  patientName = 'Anna de Vries',
  birthYear = 1961,
): Promise<Invite> {
  const response = await clinician.post('/clinician/patient-invites', { patientName, birthYear });
  if (response.status !== 201) throw new Error(`invite answered ${response.status}: ${response.text}`);
  return { code: response.body.code, birthYear };
}

/** Links the patient with the clinician's practice through the API (invite, then consent). */
export async function linkPatient(
  clinician: TestClient,
  patient: TestClient,
  patientName?: string,
): Promise<{ linkId: string; invite: Invite }> {
  const invite = await invitePatient(clinician, patientName);
  const preview = await patient.post('/me/care-team/preview', {
    code: invite.code,
    birthYear: invite.birthYear,
  });
  if (preview.status !== 200) throw new Error(`preview answered ${preview.status}: ${preview.text}`);
  const linked = await patient.post('/me/care-team', {
    code: invite.code,
    birthYear: invite.birthYear,
    consentVersion: preview.body.consent.version,
  });
  if (linked.status !== 201) throw new Error(`link answered ${linked.status}: ${linked.text}`);
  return { linkId: linked.body.id, invite };
}
