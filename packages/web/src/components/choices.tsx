/**
 * Checkbox and radio groups with large targets: each choice is a whole row to tap, with its label and a
 * plain explanation, grouped under a legend so a screen reader says what the question is.
 */
import { useId, type ReactNode } from 'react';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  help?: string | undefined;
}

interface GroupProps {
  legend: string;
  error?: string | undefined;
  children: ReactNode;
  errorId: string;
}

function Group({ legend, error, children, errorId }: GroupProps) {
  return (
    <fieldset className="choices" aria-describedby={error === undefined ? undefined : errorId}>
      <legend>{legend}</legend>
      {error !== undefined && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

function Option(props: {
  id: string;
  type: 'checkbox' | 'radio';
  name: string;
  checked: boolean;
  label: string;
  help?: string | undefined;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="choice">
      <input
        id={props.id}
        type={props.type}
        name={props.name}
        checked={props.checked}
        // Named by the label alone; the explanation is its description, so it is read once.
        aria-labelledby={`${props.id}-label`}
        aria-describedby={props.help === undefined ? undefined : `${props.id}-help`}
        onChange={(event) => {
          props.onChange(event.target.checked);
        }}
      />
      <label htmlFor={props.id}>
        <span id={`${props.id}-label`} className="choice-label">
          {props.label}
        </span>
        {props.help !== undefined && (
          <span id={`${props.id}-help`} className="choice-help">
            {props.help}
          </span>
        )}
      </label>
    </div>
  );
}

export function CheckboxGroup<T extends string>(props: {
  legend: string;
  options: readonly ChoiceOption<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  error?: string | undefined;
  /** A "none of these" choice that clears the others, for questions where no answer is not "no". */
  none?: { label: string; checked: boolean; onChange: (checked: boolean) => void } | undefined;
}) {
  const id = useId();
  return (
    <Group legend={props.legend} error={props.error} errorId={`${id}-error`}>
      {props.options.map((option) => (
        <Option
          key={option.value}
          id={`${id}-${option.value}`}
          type="checkbox"
          name={id}
          checked={props.selected.includes(option.value)}
          label={option.label}
          help={option.help}
          onChange={(checked) => {
            props.onChange(
              checked
                ? [...props.selected, option.value]
                : props.selected.filter((value) => value !== option.value),
            );
          }}
        />
      ))}
      {props.none !== undefined && (
        <Option
          id={`${id}-none`}
          type="checkbox"
          name={id}
          checked={props.none.checked}
          label={props.none.label}
          onChange={props.none.onChange}
        />
      )}
    </Group>
  );
}

export function RadioGroup<T extends string>(props: {
  legend: string;
  options: readonly ChoiceOption<T>[];
  selected: T | undefined;
  onChange: (selected: T) => void;
  error?: string | undefined;
  className?: string;
}) {
  const id = useId();
  return (
    <Group legend={props.legend} error={props.error} errorId={`${id}-error`}>
      <div className={props.className}>
        {props.options.map((option) => (
          <Option
            key={option.value}
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            checked={props.selected === option.value}
            label={option.label}
            help={option.help}
            onChange={() => {
              props.onChange(option.value);
            }}
          />
        ))}
      </div>
    </Group>
  );
}

/** One yes/no choice on its own (a setting), looking and read out like the choices in a group. */
export function Toggle(props: {
  label: string;
  help?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <Option
      id={id}
      type="checkbox"
      name={id}
      checked={props.checked}
      label={props.label}
      help={props.help}
      onChange={props.onChange}
    />
  );
}
