/** `/clinician/patients`: the practice's patients (a placeholder; the patients' screens replace it). */
import { useClinician } from '../clinician-context.js';

export function PatientsRoute() {
  const { t } = useClinician();
  return <h1>{t('patients.title')}</h1>;
}
