/**
 * "Today" on a patient's page is the patient's date, in the patient's time zone: a clinician in
 * Amsterdam looking at a patient on holiday in New Zealand must preview and date the plan as the
 * server will reckon it, not by their own browser's date.
 */
import { localDate } from '@wandelcoach/engine';
import { useEffect } from 'react';
import { localToday } from '../../today.js';
import { usePatientPart } from './data.js';

/**
 * The patient's date at `now`, from their time zone as the prescription answer gives it; the browser's
 * date only while that answer has not come in yet.
 */
export function patientToday(patient: { timeZone: string } | undefined, now: Date = new Date()): string {
  return patient === undefined ? localToday(now) : localDate(now, patient.timeZone);
}

/**
 * The patient's today for a form on their page, from the prescription answer (the overview has most
 * often read it already), and `onKnown` once it is known: a form opened before then moves a date still
 * on the browser's today to the patient's.
 */
export function usePatientToday(patientId: string, onKnown: (today: string) => void): string {
  const prescription = usePatientPart(patientId, 'prescription');
  const today = patientToday(prescription.status === 'done' ? prescription.data : undefined);
  useEffect(() => {
    onKnown(today);
    // Only when the patient's today changes: onKnown is a new function each render.
  }, [today]);
  return today;
}
