/**
 * The API's requests and answers as TypeScript types, for clients to import with `import type`
 * (`@wandelcoach/server/api-types`). Each is inferred from the very schema its route validates with or
 * answers with (`schemas.ts`, `responses.ts`), and the routes' handlers are type-checked against those
 * schemas, so a change to an answer that breaks a client fails the client's type check instead of
 * reaching a person's phone.
 *
 * Types only: this module imports nothing at run time, so a browser bundle that uses it carries no zod
 * and no server code.
 */
import type { intakeSchema, PlanOutput } from '@wandelcoach/engine';
import type { z } from 'zod';
import type {
  accountSchema,
  checkEmailAnswer,
  currentSessionAnswer,
  exportAnswer,
  memberAnswer,
  membersAnswer,
  practicesAnswer,
  problemAnswer,
  progressAnswer,
  recoveryCodesAnswer,
  secondFactorSetupAnswer,
  sessionAnswer,
  todayAnswer,
  walkSchema,
  walksAnswer,
} from './responses.js';
import type {
  accountChangesBody,
  actingPracticeBody,
  changePasswordBody,
  deleteAccountBody,
  emailConfirmationBody,
  memberInviteAcceptBody,
  memberInviteBody,
  memberRolesBody,
  newWalkBody,
  passwordResetBody,
  passwordResetRequestBody,
  secondFactorConfirmBody,
  secondFactorVerifyBody,
  signInBody,
  signUpBody,
  walkChangesBody,
} from './schemas.js';
import type {
  acceptLinkBody,
  accessLogAnswer,
  careLinkAnswer,
  careTeamAnswer,
  clinicianClearanceBody,
  inviteAnswerBody,
  linkedPatientsAnswer,
  linkPreviewAnswer,
  noteAnswer,
  notesAnswer,
  patientAccessLogAnswer,
  patientInviteAnswer,
  patientInviteBody,
  patientInvitesAnswer,
  prescriptionAnswer,
  prescriptionChangeBody,
  supervisedSessionBody,
} from './care-team-schemas.js';
import type { flagAnswer, flagUpdateBody, patientFlagsAnswer, practiceFlagsAnswer } from './flag-schemas.js';
import type {
  outcomeAnswer,
  outcomeAnswerBody,
  outcomeSkipAnswer,
  outcomesAnswer,
  outcomeTrendAnswer,
} from './outcome-schemas.js';

// Answers: what the server sends (after its own schemas' transforms).

export type Account = z.infer<typeof accountSchema>;
/** `POST /accounts` and `POST /session`: the account and the token to send as `X-CSRF-Token`. */
export type SessionAnswer = z.infer<typeof sessionAnswer>;
/**
 * `POST /accounts` with mail configured, and `POST /password-resets`: look in the mailbox (the same
 * answer whether or not the address has an account).
 */
export type CheckEmailAnswer = z.infer<typeof checkEmailAnswer>;
/** `GET /session`: the session, or `{ account: null }` when nobody is signed in. */
export type CurrentSessionAnswer = z.infer<typeof currentSessionAnswer>;
/** `GET /me/today`: `hasIntake` tells the day in a plan from the day before any intake. */
export type TodayAnswer = z.infer<typeof todayAnswer>;
/** `GET /me/today` once there is an intake. */
export type TodayWithIntake = Extract<TodayAnswer, { hasIntake: true }>;
/** One of today's walks, with the words of its cues. */
export type TodaySession = TodayWithIntake['sessions'][number];
/**
 * `PUT /me/intake` and `GET /me/plan`: the plan contract's output, as the engine's own type. The
 * routes answer with its schema (`planOutputSchema`), and the engine's tests hold the two together;
 * the type is the more precise (a reason's `code` is one of the catalogue's keys, not any text).
 */
export type PlanAnswer = PlanOutput;
/** A stored walk. */
export type Walk = z.infer<typeof walkSchema>;
export type WalksAnswer = z.infer<typeof walksAnswer>;
export type ProgressAnswer = z.infer<typeof progressAnswer>;
/** `GET /me/export` as JSON. */
export type ExportAnswer = z.infer<typeof exportAnswer>;
/** RFC 9457 problem details, the answer to every refused request. */
export type Problem = z.infer<typeof problemAnswer>;
/** One wrong field of a refused request. */
export type FieldError = NonNullable<Problem['errors']>[number];

// Requests: what a client may send (before the server's defaults and transforms).

export type SignUpRequest = z.input<typeof signUpBody>;
export type SignInRequest = z.input<typeof signInBody>;
/** `POST /password-resets`: the address to send a reset link to. */
export type PasswordResetRequest = z.input<typeof passwordResetRequestBody>;
/** `POST /password-resets/confirm`: the reset link's token and the new password. */
export type PasswordResetConfirmRequest = z.input<typeof passwordResetBody>;
/** `POST /email-confirmations`: the confirmation link's token. */
export type EmailConfirmationRequest = z.input<typeof emailConfirmationBody>;
/** `PATCH /me`: a field left out stays as it is. */
export type AccountChangesRequest = z.input<typeof accountChangesBody>;
export type ChangePasswordRequest = z.input<typeof changePasswordBody>;
export type DeleteAccountRequest = z.input<typeof deleteAccountBody>;
/** `PUT /me/intake`: the plan contract's intake. */
export type IntakeRequest = z.input<typeof intakeSchema>;
/** `POST /me/walks`: a walk log with an id made by the client. */
export type NewWalkRequest = z.input<typeof newWalkBody>;
/** `PATCH /me/walks/{id}`: the fields to change. */
export type WalkChangesRequest = z.input<typeof walkChangesBody>;

// The care team, part 1: practices and their members, clinicians' second factor.

/** `GET /practices`: the caller's practices and roles. */
export type PracticesAnswer = z.infer<typeof practicesAnswer>;
/** `GET /practices/{practiceId}/members` (the practice's admins only). */
export type MembersAnswer = z.infer<typeof membersAnswer>;
/** `POST /clinician/second-factor/setup`: the secret and its `otpauth://` link. */
export type SecondFactorSetupAnswer = z.infer<typeof secondFactorSetupAnswer>;
/** `POST /clinician/second-factor/confirm`: the recovery codes, shown once. */
export type RecoveryCodesAnswer = z.infer<typeof recoveryCodesAnswer>;
/** `POST /practice-invites/accept`: the invitation's token, and a new or the account's own password. */
export type MemberInviteAcceptRequest = z.input<typeof memberInviteAcceptBody>;
/** `POST /practices/{practiceId}/invites`. */
export type MemberInviteRequest = z.input<typeof memberInviteBody>;
export type SecondFactorConfirmRequest = z.input<typeof secondFactorConfirmBody>;
/** `POST /clinician/second-factor/verify`: `code` or `recoveryCode`, one of the two. */
export type SecondFactorVerifyRequest = z.input<typeof secondFactorVerifyBody>;
/** `PUT /clinician/practice`. */
export type ActingPracticeRequest = z.input<typeof actingPracticeBody>;
/** `PATCH /practices/{practiceId}/members/{accountId}`: the member as they are now. */
export type MemberAnswer = z.infer<typeof memberAnswer>;
/** `PATCH /practices/{practiceId}/members/{accountId}`: roles left out stay as they are. */
export type MemberRolesRequest = z.input<typeof memberRolesBody>;
/** `POST /clinician/patient-invites`: the patient's name as the clinician knows it, and year of birth. */
export type PatientInviteRequest = z.input<typeof patientInviteBody>;
/** A patient invite: its code, the name and year, when it ends, and the link for a QR code. */
export type PatientInviteAnswer = z.infer<typeof patientInviteAnswer>;
/** `GET /clinician/patient-invites`: the practice's open invites. */
export type PatientInvitesAnswer = z.infer<typeof patientInvitesAnswer>;

// The care team, the clinician's patients (issue 15): the list, flags, notes, changes, the access log.

/** `GET /clinician/patients`: the practice's linked patients with open flags and last week. */
export type LinkedPatientsAnswer = z.infer<typeof linkedPatientsAnswer>;
export type LinkedPatient = LinkedPatientsAnswer['patients'][number];
/** One flag, as `GET /clinician/flags` and `…/patients/{patientId}/flags` give it. */
export type FlagAnswer = z.infer<typeof flagAnswer>;
export type PracticeFlagsAnswer = z.infer<typeof practiceFlagsAnswer>;
export type PatientFlagsAnswer = z.infer<typeof patientFlagsAnswer>;
/** `PATCH /clinician/patients/{patientId}/flags/{flagId}`. */
export type FlagUpdateRequest = z.input<typeof flagUpdateBody>;
/** `GET /clinician/patients/{patientId}/prescription`: every change and clearance, with its author. */
export type PrescriptionAnswer = z.infer<typeof prescriptionAnswer>;
export type PrescriptionChangeRequest = z.input<typeof prescriptionChangeBody>;
export type ClinicianClearanceRequest = z.input<typeof clinicianClearanceBody>;
export type SupervisedSessionRequest = z.input<typeof supervisedSessionBody>;
export type PatientNote = z.infer<typeof noteAnswer>;
export type PatientNotesAnswer = z.infer<typeof notesAnswer>;
/** `GET /clinician/patients/{patientId}/access-log`: what the practice's members did, newest first. */
export type PatientAccessLogAnswer = z.infer<typeof patientAccessLogAnswer>;
/** `GET /clinician/patients/{patientId}/outcome-measures`: every answer, oldest first, and the change. */
export type OutcomeTrendAnswer = z.infer<typeof outcomeTrendAnswer>;

// The care team, part 2: a patient's links with practices, and who looked at their record.

/** `POST /me/care-team/preview`: the code and year of birth a clinician gave. */
export type LinkPreviewRequest = z.input<typeof inviteAnswerBody>;
/** `POST /me/care-team`: the same, and the version of the consent the patient was shown. */
export type AcceptLinkRequest = z.input<typeof acceptLinkBody>;
/** `POST /me/care-team/preview`: the practice, the clinician, the name given, and the consent. */
export type LinkPreviewAnswer = z.infer<typeof linkPreviewAnswer>;
/** One running link with a practice. */
export type CareLinkAnswer = z.infer<typeof careLinkAnswer>;
/** `GET /me/care-team`. */
export type CareTeamAnswer = z.infer<typeof careTeamAnswer>;
/** `GET /me/access-log`: a page of who reached the record, newest first. */
export type AccessLogAnswer = z.infer<typeof accessLogAnswer>;

// Outcome measures: the questions at the start, week 6 and week 12.

/** `GET /me/outcome-measures`: the questionnaire due today (or null), and every answer. */
export type OutcomesAnswer = z.infer<typeof outcomesAnswer>;
/** One stored answer. */
export type OutcomeAnswer = z.infer<typeof outcomeAnswer>;
/** `POST /me/outcome-measures`. */
export type OutcomeAnswerRequest = z.input<typeof outcomeAnswerBody>;
/** `POST /me/outcome-measures/skip`: when the questions are asked again. */
export type OutcomeSkipAnswer = z.infer<typeof outcomeSkipAnswer>;
