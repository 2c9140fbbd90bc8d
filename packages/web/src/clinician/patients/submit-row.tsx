/**
 * The end of a clinician's form: what went wrong, if anything, and the one button that saves (red when
 * it ends something), with any other buttons beside it. Shared by the clearance, session, notes, flag
 * and end-of-link forms, so they all say a failure and wait while busy alike.
 */
import type { ReactNode } from 'react';

export function SubmitRow(props: {
  failure: string | undefined;
  busy: boolean;
  label: string;
  danger?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      {props.failure !== undefined && (
        <p role="alert" className="error">
          {props.failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className={props.danger === true ? 'danger' : 'primary'} disabled={props.busy}>
          {props.label}
        </button>
        {props.children}
      </div>
    </>
  );
}
