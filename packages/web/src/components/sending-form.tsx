/**
 * A form that is sent to the server: the browser's own checks are off (each form says what is wrong
 * in its own plain words, beside the field), and a problem with the form as a whole is read out at
 * its top, before the first field.
 */
import type { ReactNode, SyntheticEvent } from 'react';

export function SendingForm(props: {
  onSubmit: (event: SyntheticEvent) => Promise<void>;
  /** What went wrong that belongs to no single field, if anything. */
  problem: string | undefined;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        void props.onSubmit(event);
      }}
    >
      {props.problem !== undefined && (
        <p role="alert" className="error">
          {props.problem}
        </p>
      )}
      {props.children}
    </form>
  );
}
