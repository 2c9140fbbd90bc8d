/**
 * A labelled password field as every form that asks for one lays it out: the label, a hint under it
 * when there is one, the password input with its show button, and its error read out. Anything else
 * that belongs to the field (a "forgot your password?" link) goes under it, inside the same group.
 */
import type { ReactNode, Ref } from 'react';
import type { Translate } from '../i18n/catalogue.js';
import { PasswordInput } from './password-input.js';

export function PasswordField(props: {
  /** The input's id; the hint and the error take it with `-hint` and `-error`. */
  id: string;
  label: string;
  hint?: string | undefined;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  t: Translate;
  minLength?: number | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  children?: ReactNode;
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  // The error first, then the hint: what is wrong is what the person needs to hear first.
  const describedBy = [
    props.error === undefined ? undefined : errorId,
    props.hint === undefined ? undefined : hintId,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint !== undefined && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      <PasswordInput
        inputRef={props.inputRef}
        id={props.id}
        t={props.t}
        autoComplete={props.autoComplete}
        required
        minLength={props.minLength}
        value={props.value}
        invalid={props.error !== undefined}
        describedBy={describedBy === '' ? undefined : describedBy}
        onChange={props.onChange}
      />
      {props.error !== undefined && (
        <p id={errorId} role="alert" className="error">
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}
