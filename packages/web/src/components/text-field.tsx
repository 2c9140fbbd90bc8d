/**
 * One labelled field with its hint under the label and, when there is one, its error read out.
 * Anything that belongs to the field (a button that fills it in) goes under it, inside the same group.
 */
import { useId, type ReactNode } from 'react';

export function TextField(props: {
  label: string;
  help: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  /** Numbers are typed as text, so a half-typed value is kept as it is. */
  type?: 'number-as-text' | 'date';
  min?: string;
  /** When the person leaves the field: the moment to say what is wrong with what they typed. */
  onBlur?: () => void;
  children?: ReactNode;
}) {
  const id = useId();
  const date = props.type === 'date';
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-help`} className="hint">
        {props.help}
      </p>
      <input
        id={id}
        type={date ? 'date' : 'text'}
        inputMode={date ? undefined : 'numeric'}
        min={props.min}
        className={date ? undefined : 'short'}
        value={props.value}
        aria-invalid={props.error !== undefined}
        aria-describedby={`${id}-help${props.error === undefined ? '' : ` ${id}-error`}`}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
        onBlur={props.onBlur}
      />
      {props.error !== undefined && (
        <p id={`${id}-error`} role="alert" className="error">
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}
