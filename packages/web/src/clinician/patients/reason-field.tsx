/** The reason every change asks for: a labelled text area with its hint and, when missing, its error. */
import { useId } from 'react';

export function ReasonField(props: {
  label: string;
  help: string;
  value: string;
  error: string | undefined;
  /** The server's bound; a plan change's and a clearance's reason take 500 characters. */
  maxLength?: number;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-help`} className="hint">
        {props.help}
      </p>
      <textarea
        id={id}
        rows={3}
        maxLength={props.maxLength ?? 500}
        value={props.value}
        aria-invalid={props.error !== undefined}
        aria-describedby={`${id}-help${props.error === undefined ? '' : ` ${id}-error`}`}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
      {props.error !== undefined && (
        <p id={`${id}-error`} role="alert" className="error">
          {props.error}
        </p>
      )}
    </div>
  );
}
