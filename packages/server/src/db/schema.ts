/**
 * The tables as Kysely sees them. Timestamps come back as a `Date` from PostgreSQL and as ISO text
 * from SQLite, booleans as `boolean` or `0 | 1`, JSON as a value or text: repositories normalise
 * them (see `values.ts`), so nothing above the repositories sees the difference.
 *
 * Every table that holds a person's data carries `account_id` as the first key column, so the
 * tables can later be distributed by account (see docs/scaling.md).
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Written as ISO text; read as a Date (PostgreSQL) or ISO text (SQLite). */
export type Timestamp = ColumnType<Date | string, string, string>;
/** Written as JSON text; read as a value (PostgreSQL jsonb) or text (SQLite). */
export type Json = ColumnType<unknown, string, string>;
export type Bool = ColumnType<boolean | number, boolean | number, boolean | number>;

export type Role = 'patient' | 'clinician';

export interface AccountsTable {
  id: string;
  email: string;
  password_hash: string;
  role: Role;
  locale: 'nl' | 'en';
  time_zone: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** When the address was shown to be the person's (a mailed link); null until then. */
  email_confirmed_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  /** The name a clinician is known by to patients and colleagues; null for most accounts. */
  display_name: ColumnType<string | null, string | null | undefined, string | null>;
  /**
   * The person's data version: raised by triggers whenever their intake, walks or prescription
   * change (migration 0009), so a plan kept under it is known to be current.
   */
  plan_version: ColumnType<number, never, never>;
}

/** A timestamp that may be absent: null until it happens. */
export type MaybeTimestamp = ColumnType<Date | string | null, string | null | undefined, string | null>;

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a copy of the database does not let anyone sign in. */
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  /** When this session proved the account's second factor; null before (or without one). */
  second_factor_at: MaybeTimestamp;
  /** The practice a clinician acts for in this session; null for everyone else. */
  acting_practice_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface IntakesTable {
  account_id: string;
  /** The intake as the person sent it; the engine fills in defaults each time. */
  intake: Json;
  updated_at: Timestamp;
}

export interface WalksTable {
  account_id: string;
  /** Chosen by the client, so a retried upload is recognised. */
  id: string;
  date: string;
  kind: 'forward' | 'retro';
  minutes: number;
  pain_during: number;
  pain_next_morning: number | null;
  dizziness: Bool;
  fall: Bool;
  new_symptoms: Json;
  /** SHA-256 of the first upload's content: a retry must match it. */
  request_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The clinician who supervised this walk (a supervised session); null for the patient's own. */
  supervised_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why the clinician supervised it (migration 0012); null for the patient's own and older sessions. */
  supervision_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A deleted walk's id: its late retry is answered 410 Gone, never stored again. */
export interface WalkTombstonesTable {
  account_id: string;
  id: string;
  deleted_at: Timestamp;
}

export type EmailTokenPurpose = 'password-reset' | 'confirm-email';

/** A mailed link's token, single use: deleted when used, and gone when it expires or the account goes. */
export interface EmailTokensTable {
  /** SHA-256 of the token in the link. */
  token_hash: string;
  account_id: string;
  purpose: EmailTokenPurpose;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  /** Whose record the event is about; null for a failed sign-in with an unknown email. */
  account_id: string | null;
  /** Who did it; null when nobody was signed in. */
  actor_id: string | null;
  action: string;
  detail: Json;
  ip: string | null;
  created_at: Timestamp;
}

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

export interface PracticesTable {
  id: string;
  name: string;
  created_at: Timestamp;
  /**
   * Raised by the database's triggers whenever a row the practice's patient list is made from changes
   * (migration 0013), so a list kept under it is known to be current.
   */
  list_version: ColumnType<number, never, never>;
}

/** Being an admin and being a clinician are separate: an admin sees no patient data by being one. */
export interface PracticeMembersTable {
  practice_id: string;
  account_id: string;
  is_admin: Bool;
  is_clinician: Bool;
  created_at: Timestamp;
}

/** A mailed invitation to join a practice, single use: deleted when used. */
export interface MemberInvitesTable {
  token_hash: string;
  practice_id: string;
  email: string;
  is_admin: Bool;
  is_clinician: Bool;
  invited_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface SecondFactorsTable {
  account_id: string;
  secret: string;
  confirmed_at: MaybeTimestamp;
  last_step: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
}

export interface RecoveryCodesTable {
  account_id: string;
  code_hash: string;
  used_at: MaybeTimestamp;
}

export interface PatientInvitesTable {
  id: string;
  practice_id: string;
  clinician_id: string;
  code: string;
  patient_name: string;
  birth_year: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: MaybeTimestamp;
}

export interface CareLinksTable {
  id: string;
  /** The patient. */
  account_id: string;
  practice_id: string;
  clinician_id: string | null;
  patient_name: string;
  invite_code: string;
  consent_version: string;
  consented_at: Timestamp;
  ended_at: MaybeTimestamp;
  ended_by: ColumnType<'patient' | 'clinician' | null, 'patient' | 'clinician' | null | undefined>;
}

/** NEN 7513, append-only: random ids only, joined with names when read. */
export interface AccessLogTable {
  id: string;
  at: Timestamp;
  actor_id: string | null;
  practice_id: string | null;
  patient_id: string | null;
  resource: string;
  action: string;
}

export type FlagSeverity = 'urgent' | 'attention' | 'inactivity' | 'adherence';
export type FlagState = 'new' | 'seen' | 'handled';

/** Something a linked clinician should look at (docs/care-team.md, "Flags"); open until handled. */
export interface FlagsTable {
  account_id: string;
  id: string;
  /** The practice whose flag it is: each practice keeps its own state (migration 0014). */
  practice_id: string;
  kind: string;
  severity: FlagSeverity;
  state: FlagState;
  raised_at: Timestamp;
  evidence: Json;
  seen_by: ColumnType<string | null, string | null | undefined, string | null>;
  seen_at: MaybeTimestamp;
  handled_by: ColumnType<string | null, string | null | undefined, string | null>;
  handled_at: MaybeTimestamp;
  note: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A plan week's planned and walked minutes, kept when walks are written and by housekeeping. */
export interface WeeklyMinutesTable {
  account_id: string;
  week_start: string;
  planned_minutes: number;
  walked_minutes: number;
  /** The week's average pain while walking (0–10); null without a walk (migration 0010). */
  average_pain: number | null;
  updated_at: Timestamp;
}

/**
 * What the practice's list shows of a person, one row each, kept by triggers on `weekly_minutes` and
 * `walks` (migration 0011): the latest stored plan weeks, oldest first, and the last walk's date.
 */
export interface PatientSummariesTable {
  account_id: string;
  /** `[[weekStart, plannedMinutes, walkedMinutes, averagePain | null], …]`, at most 6 weeks. */
  recent_weeks: ColumnType<unknown, string | undefined, string>;
  last_walk: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One plan change or clearance a clinician recorded, in the engine's shape (clinical-rules §6). */
export interface PrescriptionItemsTable {
  /** The patient. */
  account_id: string;
  id: string;
  kind: 'change' | 'clearance';
  practice_id: string;
  clinician_id: string;
  item: Json;
  created_at: Timestamp;
}

/** A clinician's note on a patient (docs/care-team.md, "Notes"): part of the patient's file. */
export interface PatientNotesTable {
  account_id: string;
  id: string;
  practice_id: string;
  clinician_id: string;
  clinician_name: string;
  text: string;
  created_at: Timestamp;
}

export interface OutcomeMeasuresTable {
  account_id: string;
  id: string;
  /** The start date of the plan answered in (ISO). */
  plan_start: string;
  timepoint: 'start' | 'week-6' | 'week-12';
  answered_on: string;
  answered_at: Timestamp;
  nprs: number;
  activity_1: string;
  score_1: number;
  activity_2: string;
  score_2: number;
  activity_3: string;
  score_3: number;
  global_rating: number | null;
}

export interface OutcomePostponementsTable {
  account_id: string;
  plan_start: string;
  timepoint: 'start' | 'week-6' | 'week-12';
  ask_again_on: string;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  intakes: IntakesTable;
  walks: WalksTable;
  walk_tombstones: WalkTombstonesTable;
  email_tokens: EmailTokensTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  practices: PracticesTable;
  practice_members: PracticeMembersTable;
  member_invites: MemberInvitesTable;
  second_factors: SecondFactorsTable;
  recovery_codes: RecoveryCodesTable;
  patient_invites: PatientInvitesTable;
  care_links: CareLinksTable;
  access_log: AccessLogTable;
  flags: FlagsTable;
  weekly_minutes: WeeklyMinutesTable;
  patient_summaries: PatientSummariesTable;
  prescription_items: PrescriptionItemsTable;
  patient_notes: PatientNotesTable;
  outcome_measures: OutcomeMeasuresTable;
  outcome_postponements: OutcomePostponementsTable;
}

export type AccountRow = Selectable<AccountsTable>;
export type WalkRow = Selectable<WalksTable>;
export type NewWalkRow = Insertable<WalksTable>;
export type AuditRow = Selectable<AuditLogTable>;
