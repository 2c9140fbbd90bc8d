/**
 * The clinician's patient screens by address: the list, a patient and their sections, a flag. The
 * clinician area's frame mounts this under `/clinician/patients`.
 */
import { Route, Switch } from 'wouter';
import { NotFound } from '../../routes/not-found.js';
import { PatientRoute } from './patient-route.js';
import { PatientsRoute } from './patients-route.js';
import { isSection, PATIENTS_PATH } from './paths.js';

export function PatientRoutes() {
  return (
    <Switch>
      <Route path={PATIENTS_PATH}>
        <PatientsRoute />
      </Route>
      <Route path={`${PATIENTS_PATH}/:id/flags/:flagId`}>
        {(params) => <PatientRoute patientId={params.id} flagId={params.flagId} />}
      </Route>
      <Route path={`${PATIENTS_PATH}/:id/:section?`}>
        {(params) =>
          params.section === undefined || isSection(params.section) ? (
            <PatientRoute patientId={params.id} section={params.section ?? 'overview'} />
          ) : (
            <NotFound />
          )
        }
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}
