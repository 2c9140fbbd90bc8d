/**
 * SQL for a patient's prescription (clinical-rules §6): the plan changes and clearances clinicians
 * recorded, each stored in the engine's own shape. Rows become the engine's input here.
 */
import type { ClinicianClearance, Prescription, PrescriptionChange } from '@wandelcoach/engine';
import { fromJson, toIso } from '../db/values.js';
import type { Executor } from './executor.js';

export type PrescriptionItem =
  { kind: 'change'; item: PrescriptionChange } | { kind: 'clearance'; item: ClinicianClearance };

export type StoredPrescriptionItem = PrescriptionItem & {
  id: string;
  practiceId: string;
  clinicianId: string;
  createdAt: string;
};

export async function insertPrescriptionItem(
  db: Executor,
  patientId: string,
  stored: StoredPrescriptionItem,
): Promise<void> {
  await db
    .insertInto('prescription_items')
    .values({
      account_id: patientId,
      id: stored.id,
      kind: stored.kind,
      practice_id: stored.practiceId,
      clinician_id: stored.clinicianId,
      item: JSON.stringify(stored.item),
      created_at: stored.createdAt,
    })
    .execute();
}

/** Every item recorded for the patient, in the order they were recorded. */
export async function listPrescriptionItems(
  db: Executor,
  patientId: string,
): Promise<StoredPrescriptionItem[]> {
  const rows = await db
    .selectFrom('prescription_items')
    .selectAll()
    .where('account_id', '=', patientId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const common = {
      id: row.id,
      practiceId: row.practice_id,
      clinicianId: row.clinician_id,
      createdAt: toIso(row.created_at),
    };
    // Written only after the engine's schema accepted it (services/prescription.service.ts).
    return row.kind === 'change'
      ? { ...common, kind: 'change', item: fromJson(row.item) as PrescriptionChange }
      : { ...common, kind: 'clearance', item: fromJson(row.item) as ClinicianClearance };
  });
}

/** The items as the engine takes them: plan changes and clearances, each list in recorded order. */
export function asPrescription(items: readonly PrescriptionItem[]): Prescription {
  const prescription: Prescription = { changes: [], clearances: [] };
  for (const entry of items) {
    if (entry.kind === 'change') prescription.changes.push(entry.item);
    else prescription.clearances.push(entry.item);
  }
  return prescription;
}
