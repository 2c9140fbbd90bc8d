/**
 * The text areas of a patient's page: the reason every change asks for, and a free note (a new note,
 * or the note kept when a flag is handled). Both are a labelled text area with its hint; only the
 * reason can be missing, so only it says whether it is invalid and shows an error.
 */
import { useId } from 'react';

interface TextAreaProps {
  label: string;
  help: string;
  value: string;
  rows: number;
  /** The server's bound on this text. */
  maxLength: number;
  required?: boolean;
  /** Only for a field the form checks: its error, or undefined while it is fine. */
  checked?: { error: string | undefined };
  onChange: (value: string) => void;
}

function LabelledTextArea(props: TextAreaProps) {
  const id = useId();
  const error = props.checked?.error;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-help`} className="hint">
        {props.help}
      </p>
      <textarea
        id={id}
        rows={props.rows}
        maxLength={props.maxLength}
        required={props.required}
        value={props.value}
        aria-invalid={props.checked === undefined ? undefined : error !== undefined}
        aria-describedby={`${id}-help${error === undefined ? '' : ` ${id}-error`}`}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
      {error !== undefined && (
        <p id={`${id}-error`} role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

export function ReasonField(props: {
  label: string;
  help: string;
  value: string;
  error: string | undefined;
  /** The server's bound; a plan change's and a clearance's reason take 500 characters. */
  maxLength?: number;
  onChange: (value: string) => void;
}) {
  return (
    <LabelledTextArea
      label={props.label}
      help={props.help}
      value={props.value}
      rows={3}
      maxLength={props.maxLength ?? 500}
      checked={{ error: props.error }}
      onChange={props.onChange}
    />
  );
}

export function NoteField(props: Omit<TextAreaProps, 'checked'>) {
  return <LabelledTextArea {...props} />;
}
