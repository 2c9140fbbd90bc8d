/**
 * `/clinician/patients/:id` and its sections (`/walks`, `/change`, `/clearance`, `/session`, `/notes`,
 * `/access-log`, `/flags/:flagId`): one patient, by the name the practice gave them, with a row of
 * links to each section, each its own address.
 */
import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { AccessLogSection } from './access-log-section.js';
import { ClearanceSection } from './clearance-section.js';
import { EndLinkSection } from './end-link-section.js';
import { usePatients } from './data.js';
import { FlagSection } from './flag-section.js';
import { NotesSection } from './notes-section.js';
import { OutcomesSection } from './outcomes-section.js';
import { OverviewSection } from './overview-section.js';
import { Loaded } from './parts.js';
import { PATIENTS_PATH, patientPath, SECTIONS, type NavSection, type PatientSection } from './paths.js';
import { SessionSection } from './session-section.js';
import { WalksSection } from './walks-section.js';
import { useWords, type PatientsTranslate } from './words.js';
import './patients.css';

// The engine (to preview a plan) loads only with the form that changes the plan.
const ChangePlanSection = lazy(() =>
  import('./change-plan-section.js').then((module) => ({ default: module.ChangePlanSection })),
);

const SECTION_WORDS = {
  overview: 'cp.nav.overview',
  walks: 'cp.nav.walks',
  outcomes: 'cp.nav.outcomes',
  change: 'cp.nav.change',
  clearance: 'cp.nav.clearance',
  session: 'cp.nav.session',
  notes: 'cp.nav.notes',
  'access-log': 'cp.nav.accessLog',
} as const satisfies Record<NavSection, Parameters<PatientsTranslate>[0]>;

function Section(props: { patientId: string; patientName: string; section: PatientSection }) {
  const { patientId } = props;
  const { w } = useWords();
  switch (props.section) {
    case 'overview':
      return (
        <>
          <OverviewSection patientId={patientId} />
          <p className="cp-end-link">
            <Link href={patientPath(patientId, 'end')}>{w('cp.end.open', { name: props.patientName })}</Link>
          </p>
        </>
      );
    case 'walks':
      return <WalksSection patientId={patientId} />;
    case 'outcomes':
      return <OutcomesSection patientId={patientId} />;
    case 'change':
      return (
        <Suspense fallback={null}>
          <ChangePlanSection patientId={patientId} />
        </Suspense>
      );
    case 'clearance':
      return <ClearanceSection patientId={patientId} />;
    case 'session':
      return <SessionSection patientId={patientId} />;
    case 'notes':
      return <NotesSection patientId={patientId} />;
    case 'access-log':
      return <AccessLogSection patientId={patientId} />;
    case 'end':
      return <EndLinkSection patientId={patientId} patientName={props.patientName} />;
    default: {
      const never: never = props.section;
      return never;
    }
  }
}

export function PatientRoute(props: { patientId: string; section?: PatientSection; flagId?: string }) {
  const { w } = useWords();
  const patients = usePatients();
  const section = props.section ?? 'overview';
  return (
    <div className="cp-page">
      <p className="cp-back">
        <Link href={PATIENTS_PATH}>{w('cp.back')}</Link>
      </p>
      <Loaded state={patients}>
        {(answer) => {
          const patient = answer.patients.find((p) => p.patientId === props.patientId);
          if (patient === undefined) return <p role="alert">{w('cp.notFound')}</p>;
          return (
            <>
              <h1>{patient.patientName}</h1>
              <nav aria-label={w('cp.nav.label')} className="cp-sections">
                <ul>
                  {SECTIONS.map((each) => (
                    <li key={each}>
                      <Link
                        href={patientPath(props.patientId, each)}
                        aria-current={props.flagId === undefined && each === section ? 'page' : undefined}
                      >
                        {w(SECTION_WORDS[each])}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              {props.flagId === undefined ? (
                <Section patientId={props.patientId} patientName={patient.patientName} section={section} />
              ) : (
                <FlagSection patientId={props.patientId} flagId={props.flagId} />
              )}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}
