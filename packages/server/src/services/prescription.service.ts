/**
 * A clinician's prescription for a linked patient (docs/care-team.md, clinical-rules §6): plan
 * changes and clearances, each with its author, date and reason, stored in the engine's own shape and
 * passed to `buildPlan` with every plan the patient or a clinician reads. The engine validates each
 * new item together with what is stored, so the API accepts exactly what the CLI's `--prescription`
 * accepts; the author is always the signed-in clinician, never what a body says.
 */
import {
  clinicianClearanceSchema,
  PlanInputError,
  prescriptionChangeSchema,
  type Clinician,
  type FieldProblem,
  type PlanOutput,
} from '@wandelcoach/engine';
import { findAccountById } from '../repositories/accounts.repository.js';
import { findIntake } from '../repositories/intakes.repository.js';
import {
  insertPrescriptionItem,
  listPrescriptionItems,
  type PrescriptionItem,
  type StoredPrescriptionItem,
} from '../repositories/prescription-items.repository.js';
import { openRecord, requireConsentToChange, type RecordRequest } from './access.js';
import type { ServiceContext } from './context.js';
import { invalidInput } from './errors.js';
import { refreshFlagsAfterWalk } from './flags.service.js';
import { logsFor, noIntake, planFor, prescriptionFor, todayFor } from './plan.service.js';

/** An item as a clinician sends it: the engine's shape without `by`, which the server fills in. */
export type ItemInput =
  { kind: 'change'; item: Record<string, unknown> } | { kind: 'clearance'; item: Record<string, unknown> };

/** The engine names the new item's fields from the prescription's root; the body is the item. */
function itemProblems(problems: readonly FieldProblem[], prefix: string): FieldProblem[] {
  return problems
    .filter((problem) => problem.path === prefix || problem.path.startsWith(`${prefix}.`))
    .map((problem) => ({
      path: problem.path.slice(prefix.length + 1) || '(body)',
      message: problem.message,
    }));
}

/** Who decides: the signed-in clinician, by the name patients know them by. */
async function author(context: ServiceContext, request: RecordRequest): Promise<Clinician> {
  const account = await findAccountById(context.db.kysely, request.actor.id);
  return { id: request.actor.id, name: account?.display_name ?? 'Clinician' };
}

/**
 * Records one plan change or clearance and answers with the plan it gives. The access log says so
 * ('prescription', 'change') in the same transaction; a link under a consent that lets the practice
 * read only is refused (`consent-needed`).
 */
export async function recordPrescriptionItem(
  context: ServiceContext,
  request: RecordRequest,
  input: ItemInput,
): Promise<PlanOutput> {
  const { practiceId } = request.actor;
  if (practiceId === null) throw new Error('only a clinician acting for a practice records a prescription');
  const at = context.now().toISOString();
  const today = todayFor(context, request.timeZone);
  const by = await author(context, request);
  const planned = await context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'change', 'prescription', at);
    await requireConsentToChange(trx, request);
    const intake = await findIntake(trx, request.subjectId);
    if (intake === undefined) throw noIntake();
    const logs = await logsFor(trx, request.subjectId, intake, today);
    const stored = await prescriptionFor(trx, request.subjectId, today);
    const item = { ...input.item, by };
    const list = input.kind === 'change' ? 'changes' : 'clearances';
    // Unchecked until the engine has read it, with everything stored before it.
    const prescription: unknown = { ...stored, [list]: [...stored[list], item] };
    let output: PlanOutput;
    try {
      output = planFor(intake, logs, today, prescription);
    } catch (error) {
      if (!(error instanceof PlanInputError)) throw error;
      const problems = itemProblems(error.problems, `prescription.${list}[${stored[list].length}]`);
      if (problems.length === 0) throw error;
      throw invalidInput(problems);
    }
    // The engine accepted it, so its schema gives the item as stored (text trimmed).
    const entry: PrescriptionItem =
      input.kind === 'change'
        ? { kind: 'change', item: prescriptionChangeSchema.parse(item) }
        : { kind: 'clearance', item: clinicianClearanceSchema.parse(item) };
    await insertPrescriptionItem(trx, request.subjectId, {
      ...entry,
      id: crypto.randomUUID(),
      practiceId,
      clinicianId: request.actor.id,
      createdAt: at,
    });
    return output;
  });
  // The weeks' planned minutes may change: the practice's list shows them from now on.
  await refreshFlagsAfterWalk(context, request.subjectId);
  return planned;
}

/** Every plan change and clearance recorded for the patient, in recorded order (read, so logged). */
export async function listPrescription(
  context: ServiceContext,
  request: RecordRequest,
): Promise<StoredPrescriptionItem[]> {
  const db = context.db.kysely;
  await openRecord(db, context.careTeam, request, 'read', 'prescription', context.now().toISOString());
  return listPrescriptionItems(db, request.subjectId);
}
