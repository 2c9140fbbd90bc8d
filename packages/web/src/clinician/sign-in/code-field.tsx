/**
 * One field for a code: six digits from the authenticator app, or a recovery code. Its hint under the
 * label, its error beside it and read out, and the keyboard's one-time-code suggestions.
 */
import { useId, type RefObject } from 'react';

export function CodeField(props: {
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  kind: 'app' | 'recovery';
  inputRef?: RefObject<HTMLInputElement | null>;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
      <input
        ref={props.inputRef}
        id={id}
        className="code-input"
        type="text"
        inputMode={props.kind === 'app' ? 'numeric' : 'text'}
        autoComplete={props.kind === 'app' ? 'one-time-code' : 'off'}
        autoCapitalize="none"
        spellCheck={false}
        value={props.value}
        aria-invalid={props.error !== undefined}
        aria-describedby={`${id}-hint${props.error === undefined ? '' : ` ${id}-error`}`}
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

/** The six digits typed, without spaces; undefined when it is not six digits. */
export function appCode(typed: string): string | undefined {
  const digits = typed.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : undefined;
}
