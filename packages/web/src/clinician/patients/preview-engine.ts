/**
 * The plan before and after a change, computed in the browser by the same engine as the server's
 * (`buildPlan`). Loaded only with `import()` from the plan form, so the engine's planning code never
 * reaches the patient's first load (`e2e/first-load.e2e.ts` checks the built files).
 */
import { buildPlan, PlanInputError, type PlanOutput, type PrescriptionInput } from '@wandelcoach/engine';
import type * as Api from '@wandelcoach/server/api-types';
import type { Walk } from '../../api/client.js';
import type { ChangeRequest } from './change-form.js';
import { planChanges, type WeekChange } from './plan-preview.js';

export interface PreviewInput {
  intake: Api.IntakeRequest;
  walks: readonly Walk[];
  prescription: Api.PrescriptionAnswer;
  today: string;
  change: ChangeRequest;
  /** Who the preview's change is by: the signed-in clinician. */
  by: { id: string; name: string };
}

export type Preview =
  | { ok: true; before: PlanOutput; after: PlanOutput; weeks: WeekChange[] }
  | { ok: false; problems: { path: string; message: string }[] };

/** The walks as the engine's log (the API adds who supervised, which the engine does not take). */
function asLogs(walks: readonly Walk[]) {
  return walks.map((walk) => ({
    id: walk.id,
    date: walk.date,
    kind: walk.kind,
    minutes: walk.minutes,
    painDuring: walk.painDuring,
    painNextMorning: walk.painNextMorning,
    dizziness: walk.dizziness,
    fall: walk.fall,
    newSymptoms: walk.newSymptoms,
  }));
}

function stored(prescription: Api.PrescriptionAnswer): { changes: unknown[]; clearances: unknown[] } {
  return {
    changes: prescription.items.filter((entry) => entry.kind === 'change').map((entry) => entry.item),
    clearances: prescription.items.filter((entry) => entry.kind === 'clearance').map((entry) => entry.item),
  };
}

export function previewChange(input: PreviewInput): Preview {
  const logs = asLogs(input.walks);
  const now = stored(input.prescription);
  try {
    const before = buildPlan({ intake: input.intake, logs, today: input.today, prescription: now });
    const prescription = {
      ...now,
      changes: [...now.changes, { ...input.change, by: input.by }],
    } as PrescriptionInput;
    const after = buildPlan({ intake: input.intake, logs, today: input.today, prescription });
    return { ok: true, before, after, weeks: planChanges(before, after, input.today) };
  } catch (error) {
    if (error instanceof PlanInputError) {
      return { ok: false, problems: error.problems.map((problem) => ({ ...problem })) };
    }
    throw error;
  }
}
