/**
 * The intake and log shapes of the plan contract, as zod schemas. Every failure carries a plain
 * message written for the person who typed the value; {@link ./validation.ts} adds the field path.
 */
import { z } from 'zod';
import {
  ACTIVITY_LEVELS,
  BACK_PAIN_TYPES,
  CLEARED_BY,
  CONDITIONS,
  EMERGENCY_FLAGS,
  FALL_RISKS,
  GOALS,
  IMPAIRMENTS,
  LOCALES,
  NEEDS_GUIDANCE,
  RED_FLAGS,
  RISK_FACTORS,
  WALK_KINDS,
} from './codes.js';
import { parseIsoDate } from './dates.js';

const REQUIRED = 'is required';
export const BACK_PAIN_REQUIRED = 'is required when goals includes "back-pain"';

/** A message for every way a value can be wrong, with "is required" when it is missing. */
function plain(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? REQUIRED : message) };
}

export function wholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.number(plain(message)).int(plain(message)).min(min, plain(message)).max(max, plain(message));
}

function minutes(max: number) {
  const message = `must be a number of minutes from 0 to ${max}`;
  return z.number(plain(message)).min(0, plain(message)).max(max, plain(message));
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, plain(`must be one of: ${values.map((v) => `"${v}"`).join(', ')}`));
}

/** A list of codes; repeats are harmless, so they are folded rather than rejected. */
function codeList<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(oneOf(values), plain('must be a list'))
    .transform((list) => [...new Set(list)])
    .default([]);
}

const flag = () => z.boolean(plain('must be true or false'));

export const isoDateSchema = z
  .string(plain('must be a date written as YYYY-MM-DD'))
  .refine((text) => parseIsoDate(text) !== undefined, plain('must be a real date written as YYYY-MM-DD'))
  // For the API's document (JSON Schema's "full-date"), so clients and the fuzz suite know the form.
  .meta({ format: 'date' });

export const backPainSchema = z.strictObject(
  {
    type: oneOf(BACK_PAIN_TYPES),
    legPain: flag().default(false),
  },
  plain('must be an object with "type" and "legPain"'),
);

export const equipmentSchema = z.strictObject(
  {
    treadmill: flag().default(false),
    railOrFlatPath: flag().default(false),
    companion: flag().default(false),
  },
  plain('must be an object with "treadmill", "railOrFlatPath" and "companion"'),
);

export const clearedBySchema = z.strictObject(
  { by: oneOf(CLEARED_BY), date: isoDateSchema },
  plain('must be an object with "by" and "date"'),
);

export const intakeSchema = z
  .strictObject(
    {
      locale: oneOf(LOCALES).default('nl'),
      age: wholeNumber(16, 110),
      goals: z
        .array(oneOf(GOALS), plain('must be a list with "back-pain", "retro-walking" or both'))
        .min(1, plain('must name at least one goal: "back-pain" or "retro-walking"'))
        .transform((list) => [...new Set(list)]),
      backPain: backPainSchema.optional(),
      painNow: wholeNumber(0, 10).default(0),
      activity: oneOf(ACTIVITY_LEVELS),
      comfortableWalkMinutes: minutes(600).optional(),
      redFlags: codeList(RED_FLAGS),
      needsGuidance: codeList(NEEDS_GUIDANCE),
      fallRisk: codeList(FALL_RISKS),
      impairments: codeList(IMPAIRMENTS),
      conditions: codeList(CONDITIONS),
      riskFactors: codeList(RISK_FACTORS),
      equipment: equipmentSchema.default({ treadmill: false, railOrFlatPath: false, companion: false }),
      daysPerWeek: wholeNumber(1, 7).default(4),
      startDate: isoDateSchema.optional(),
      clearedBy: clearedBySchema.optional(),
    },
    plain('must be a JSON object'),
  )
  .superRefine((intake, ctx) => {
    if (intake.goals.includes('back-pain') && intake.backPain === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['backPain'],
        message: BACK_PAIN_REQUIRED,
      });
    }
  });

/** A walk's own id (the API's client-made UUID); two walks with one id are one walk. */
export const walkIdSchema = z
  .string(plain('must be text of 1 to 100 characters'))
  .min(1, plain('must be text of 1 to 100 characters'))
  .max(100, plain('must be text of 1 to 100 characters'));

export const walkLogSchema = z.strictObject(
  {
    id: walkIdSchema.optional(),
    date: isoDateSchema,
    kind: oneOf(WALK_KINDS),
    minutes: minutes(300),
    painDuring: wholeNumber(0, 10),
    painNextMorning: wholeNumber(0, 10).nullable().default(null),
    dizziness: flag().default(false),
    fall: flag().default(false),
    newSymptoms: codeList(RED_FLAGS),
  },
  plain('must be a JSON object'),
);

export const logsSchema = z.array(walkLogSchema, plain('must be a list of walks')).default([]);

/** An intake as people and programs write it: optional fields may be left out. */
export type IntakeInput = z.input<typeof intakeSchema>;
/** An intake after validation, with every default filled in. */
export type Intake = z.output<typeof intakeSchema>;
export type WalkLogInput = z.input<typeof walkLogSchema>;
export type WalkLog = z.output<typeof walkLogSchema>;

// ---- a clinician's prescription (docs/clinical-rules.md §6) ----------------------------------------

function text(max: number) {
  const message = `must be text of 1 to ${max} characters`;
  return z.string(plain(message)).trim().min(1, plain(message)).max(max, plain(message));
}

/** A number within hard bounds; what is less careful than the rules is applied only up to them. */
function amount(min: number, max: number, unit: string) {
  const message = `must be a number of ${unit} from ${min} to ${max}`;
  return z.number(plain(message)).min(min, plain(message)).max(max, plain(message));
}

/** Who decided: the care team's own id for the clinician, and the name the person knows them by. */
export const clinicianSchema = z.strictObject(
  { id: text(100), name: text(100) },
  plain('must be an object with "id" and "name"'),
);

/** What every item of a prescription carries: its author, its date, and why. */
const prescriptionItem = {
  by: clinicianSchema,
  date: isoDateSchema,
  reason: text(500),
};

export const prescribedPauseSchema = z.strictObject(
  { from: isoDateSchema, until: isoDateSchema.optional() },
  plain('must be an object with "from" and, when the pause has an end, "until"'),
);

/**
 * The plan settings a clinician may change. Each is a ceiling: the plan never goes above it, and never
 * above the rules either (§6). `pause: null` ends a pause set by an earlier change.
 */
export const PLAN_SETTINGS = [
  'startMinutes',
  'weeklyStepMinutes',
  'targetMinutes',
  'retroWalking',
  'retroSessionMinutes',
  'retroGrowthPercent',
  'treadmillMaxKmh',
  'pause',
] as const;
export type PlanSetting = (typeof PLAN_SETTINGS)[number];

export const prescriptionChangeSchema = z
  .strictObject(
    {
      ...prescriptionItem,
      startMinutes: wholeNumber(2, 60).optional(),
      weeklyStepMinutes: wholeNumber(0, 10).optional(),
      targetMinutes: wholeNumber(2, 60).optional(),
      retroWalking: flag().optional(),
      retroSessionMinutes: amount(3, 60, 'minutes').optional(),
      retroGrowthPercent: amount(0, 25, 'percent').optional(),
      treadmillMaxKmh: amount(2, 6, 'km/h').optional(),
      pause: prescribedPauseSchema.nullable().optional(),
    },
    plain('must be a JSON object'),
  )
  .superRefine((change, ctx) => {
    if (PLAN_SETTINGS.every((setting) => change[setting] === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `must change at least one of: ${PLAN_SETTINGS.map((s) => `"${s}"`).join(', ')}`,
      });
    }
    const pause = change.pause;
    if (pause?.until !== undefined && pause.until < pause.from) {
      ctx.addIssue({ code: 'custom', path: ['pause', 'until'], message: 'must not be before "from"' });
    }
  });

/** The clearances a clinician may record (§1, §4): the only ones that are less careful than the rules. */
export const CLINICIAN_CLEARANCES = ['gp', 'retro-walking', 'retro-supervision', 'emergency-sign'] as const;
export type ClinicianClearanceKind = (typeof CLINICIAN_CLEARANCES)[number];

export const clinicianClearanceSchema = z
  .strictObject(
    {
      kind: oneOf(CLINICIAN_CLEARANCES),
      ...prescriptionItem,
      sign: oneOf(EMERGENCY_FLAGS).optional(),
      signDate: isoDateSchema.optional(),
    },
    plain('must be a JSON object'),
  )
  .superRefine((clearance, ctx) => {
    const forSign = clearance.kind === 'emergency-sign';
    for (const field of ['sign', 'signDate'] as const) {
      if (forSign && clearance[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'is required when kind is "emergency-sign"' });
      } else if (!forSign && clearance[field] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'belongs only to a clearance of kind "emergency-sign"',
        });
      }
    }
  });

export const prescriptionSchema = z.strictObject(
  {
    changes: z.array(prescriptionChangeSchema, plain('must be a list of changes')).default([]),
    clearances: z.array(clinicianClearanceSchema, plain('must be a list of clearances')).default([]),
  },
  plain('must be a JSON object with "changes" and "clearances"'),
);

export type Clinician = z.output<typeof clinicianSchema>;
export type PrescribedPause = z.output<typeof prescribedPauseSchema>;
export type PrescriptionChangeInput = z.input<typeof prescriptionChangeSchema>;
export type PrescriptionChange = z.output<typeof prescriptionChangeSchema>;
export type ClinicianClearanceInput = z.input<typeof clinicianClearanceSchema>;
export type ClinicianClearance = z.output<typeof clinicianClearanceSchema>;
/** A prescription as a care team writes it: both lists may be left out. */
export type PrescriptionInput = z.input<typeof prescriptionSchema>;
/** A prescription after validation. */
export type Prescription = z.output<typeof prescriptionSchema>;
