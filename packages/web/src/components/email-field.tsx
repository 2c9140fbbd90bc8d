/**
 * A labelled email address field with its error read out. `whose` says whose address it is: the
 * person's own (the browser may fill it in, and it must be given), or someone else's, such as a
 * colleague being invited, which the browser must not fill in with the person's own.
 */
import type { Ref } from 'react';

export function EmailField(props: {
  /** The input's id; the error takes it with `-error`. */
  id: string;
  label: string;
  whose: 'own' | 'someone-else';
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const own = props.whose === 'own';
  const errorId = `${props.id}-error`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        ref={props.inputRef}
        id={props.id}
        type="email"
        autoComplete={own ? 'email' : 'off'}
        inputMode={own ? 'email' : undefined}
        required={own || undefined}
        value={props.value}
        aria-invalid={props.error !== undefined}
        aria-describedby={props.error === undefined ? undefined : errorId}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
      {props.error !== undefined && (
        <p id={errorId} role="alert" className="error">
          {props.error}
        </p>
      )}
    </div>
  );
}
