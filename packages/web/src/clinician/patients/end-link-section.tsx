/**
 * `/clinician/patients/:id/end`: ending the practice's link when the treatment is over. It says what
 * follows (nobody at the practice reaches the patient any more; the patient keeps the app and sees it
 * in their access log), asks once, and then goes back to the list, which says it is done.
 */
import { useLocation } from 'wouter';
import { useApp } from '../../app-context.js';
import { useAskOnce } from '../../components/ask-once.js';
import { useClinician } from '../clinician-context.js';
import { dropFromList, patientsApi } from './data.js';
import { PATIENTS_PATH, type ListNotice } from './paths.js';
import { useSaving } from './saving.js';
import { SubmitRow } from './submit-row.js';
import { useWords } from './words.js';

export function EndLinkSection(props: { patientId: string; patientName: string }) {
  const { api, queries } = useApp();
  const { practice } = useClinician();
  const { w } = useWords();
  const [, navigate] = useLocation();
  const { busy, failure, save } = useSaving();
  const { asking, ask, cancel, question, button } = useAskOnce();
  const name = props.patientName;

  return (
    <section aria-labelledby="cp-end">
      <h2 id="cp-end">{w('cp.end.title', { name })}</h2>
      <p className="cp-end-intro">{w('cp.end.intro', { name, practice: practice?.name ?? '' })}</p>
      {asking ? (
        <form
          className="danger-zone"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save(
              () => patientsApi.endLink(api, props.patientId),
              () => {
                dropFromList(queries, props.patientId);
                const notice: ListNotice = { ended: name };
                navigate(PATIENTS_PATH, { state: notice });
              },
            );
          }}
        >
          <p ref={question} tabIndex={-1}>
            <strong>{w('cp.end.ask', { name })}</strong>
          </p>
          <SubmitRow failure={failure} busy={busy} label={w('cp.end.yes')} danger>
            <button type="button" disabled={busy} onClick={cancel}>
              {w('cp.end.no')}
            </button>
          </SubmitRow>
        </form>
      ) : (
        <p>
          <button ref={button} type="button" onClick={ask}>
            {w('cp.end.button')}
          </button>
        </p>
      )}
    </section>
  );
}
