/**
 * The end of a clinician's form: what went wrong, if anything, and the one button that saves. Shared by
 * the clearance, session, notes and flag forms, so they all say a failure and wait while busy alike.
 */
export function SubmitRow(props: { failure: string | undefined; busy: boolean; label: string }) {
  return (
    <>
      {props.failure !== undefined && (
        <p role="alert" className="error">
          {props.failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.label}
        </button>
      </div>
    </>
  );
}
