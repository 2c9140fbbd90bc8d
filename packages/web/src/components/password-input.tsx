/**
 * A password input with a button that shows what was typed: on a phone, typing a long password blind
 * is where mistakes come from. The button is a real toggle (`aria-pressed`, `aria-controls`), named
 * the same whether on or off, and as big a target as any other button.
 */
import { useState, type Ref } from 'react';
import type { Translate } from '../i18n/catalogue.js';

export function PasswordInput(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  t: Translate;
  invalid?: boolean;
  describedBy?: string | undefined;
  required?: boolean;
  minLength?: number | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
}) {
  const [shown, setShown] = useState(false);
  return (
    <div className="password-input">
      <input
        ref={props.inputRef}
        id={props.id}
        type={shown ? 'text' : 'password'}
        autoComplete={props.autoComplete}
        // What is shown is still a password: no spelling fixes, no capital at the start.
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        required={props.required}
        minLength={props.minLength}
        value={props.value}
        aria-invalid={props.invalid ?? false}
        aria-describedby={props.describedBy}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
      <button
        type="button"
        className="show-password"
        aria-pressed={shown}
        aria-controls={props.id}
        onClick={() => {
          setShown(!shown);
        }}
      >
        {props.t('password.show')}
      </button>
    </div>
  );
}
