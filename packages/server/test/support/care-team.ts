/**
 * Practices and clinicians for the care-team suites. Accounts are made through the API, as every
 * other suite makes them, and clinicians prove their second factor as the app does (set up TOTP,
 * then a code computed from the secret by the test clock), which also sets the practice they act
 * for. Membership rows are written straight to the database: the practices suites test invitations.
 */
import { fromBoolean } from '../../src/db/values.js';
import { setUpSecondFactor } from './practices.js';
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
 * Sets every session of the account to act for the practice without the second factor: what an
 * admin who is no clinician, or a clinician who has not given the code yet, would have.
 */
async function actFor(server: TestServer, accountId: string, practiceId: string): Promise<void> {
  await server.db.kysely
    .updateTable('sessions')
    .set({ acting_practice_id: practiceId })
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
  if (options.proven && role.isClinician) {
    await setUpSecondFactor(server, client);
    const acting = await client.put('/clinician/practice', { practiceId: practice.practiceId });
    if (acting.status !== 204)
      throw new Error(`acting for the practice answered ${acting.status}: ${acting.text}`);
  } else {
    await actFor(server, id, practice.practiceId);
  }
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

/** An admin of the practice who is no clinician (so without the clinicians' second factor). */
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

/**
 * Puts a running link back under an older consent, as a link made before `care-team-2` still is
 * (its practice may read only, until the patient agrees to the current version).
 */
export async function underConsent(server: TestServer, linkId: string, version: string): Promise<void> {
  await server.db.kysely
    .updateTable('care_links')
    .set({ consent_version: version })
    .where('id', '=', linkId)
    .execute();
}
