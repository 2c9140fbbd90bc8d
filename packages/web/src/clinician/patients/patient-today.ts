/**
 * "Today" on a patient's page is the patient's date, in the patient's time zone: a clinician in
 * Amsterdam looking at a patient on holiday in New Zealand must preview and date the plan as the
 * server will reckon it, not by their own browser's date.
 */
import { localDate } from '@wandelcoach/engine';
import { localToday } from '../../today.js';

/**
 * The patient's date at `now`, from their time zone as the prescription answer gives it; the browser's
 * date only while that answer has not come in yet.
 */
export function patientToday(patient: { timeZone: string } | undefined, now: Date = new Date()): string {
  return patient === undefined ? localToday(now) : localDate(now, patient.timeZone);
}
