/**
 * @wandelcoach/engine: the pure clinical core. No I/O, no platform modules, deterministic.
 *
 * @example
 * ```ts
 * import { buildPlan } from '@wandelcoach/engine';
 * const output = buildPlan({
 *   intake: { age: 52, goals: ['back-pain'], backPain: { type: 'chronic', legPain: false }, activity: 'light' },
 *   today: '2026-11-23',
 * });
 * output.triage.level; // 'self-manage'
 * ```
 */
export { buildPlan, renewIntakeReason } from './build-plan.js';
export * from './codes.js';
export {
  afterWalkFindings,
  RED_FLAG_ONSET,
  signsToAskAfterWalk,
  type AfterWalkFindings,
  type AfterWalkInput,
  type RedFlagOnset,
} from './rules/after-walk.js';
export { canonicalTimeZone, keptZoneCount, localDate, MAX_KEPT_ZONES } from './local-date.js';
export * from './content/index.js';
export { dayNumber, EARLIEST_DATE, isoDate, MAX_START_DAYS_AHEAD, parseIsoDate, weekday } from './dates.js';
export {
  catalogues,
  fill,
  formatNumber,
  message,
  placeholdersIn,
  type Catalogue,
  type MessageKey,
  type ParamsOf,
  type Placeholders,
  type ReasonCode,
} from './i18n/index.js';
export type * from './output.js';
export * from './outcomes/index.js';
export { planOutputSchema, reasonSchema, sessionSchema, triageResultSchema } from './output-schema.js';
export {
  CLINICIAN_CLEARANCES,
  clinicianClearanceSchema,
  clinicianSchema,
  intakeSchema,
  PLAN_SETTINGS,
  prescriptionChangeSchema,
  prescriptionSchema,
  walkLogSchema,
} from './schema.js';
export type {
  Clinician,
  ClinicianClearance,
  ClinicianClearanceInput,
  ClinicianClearanceKind,
  Intake,
  IntakeInput,
  PlanSetting,
  Prescription,
  PrescriptionChange,
  PrescriptionChangeInput,
  PrescriptionInput,
  WalkLog,
  WalkLogInput,
} from './schema.js';
export { ENGINE_VERSION } from './version.js';
export { SOURCE_FAMILIES, SOURCES, sourceFamily, type Source, type SourceFamily } from './sources.js';
export { sourceName, sourceSummary, type SourceText, type SourceTexts } from './source-texts.js';
export {
  DEFAULT_WEEKS,
  MAX_WEEKS,
  PlanInputError,
  validatePlanInput,
  type FieldProblem,
  type PlanInput,
} from './validation.js';
