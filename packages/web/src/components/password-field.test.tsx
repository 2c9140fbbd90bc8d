import type { ComponentProps } from 'react';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { PasswordField } from './password-field.js';

/** The field drawn with a label and whatever a case sets (a hint, an error, something under it). */
function drawn(props: Partial<ComponentProps<typeof PasswordField>>): string {
  return renderToString(
    <PasswordField
      id="pw"
      label="Password"
      error={undefined}
      value=""
      onChange={() => undefined}
      autoComplete="new-password"
      t={translator('en')}
      {...props}
    />,
  );
}

describe('PasswordField', () => {
  it('labels the input, and describes it by its hint', () => {
    const html = drawn({ hint: 'At least 10 characters', minLength: 10 });
    expect(html).toContain('<label for="pw">Password</label>');
    expect(html).toMatch(/<p id="pw-hint" class="hint">At least 10 characters<\/p>/);
    expect(html).toMatch(/<input[^>]*aria-invalid="false"/);
    expect(html).toMatch(/<input[^>]*aria-describedby="pw-hint"/);
    expect(html).toMatch(/<input[^>]*minlength="10"/);
    expect(html).not.toContain('role="alert"');
  });

  it('says what is wrong beside the input, read out, and marks the input', () => {
    const html = drawn({
      error: 'That password is not right.',
      autoComplete: 'current-password',
      children: <p>Forgot your password?</p>,
    });
    expect(html).not.toContain('pw-hint');
    expect(html).toMatch(/<input[^>]*aria-invalid="true"/);
    expect(html).toMatch(/<input[^>]*aria-describedby="pw-error"/);
    expect(html).toMatch(/<p id="pw-error" role="alert" class="error">That password is not right.<\/p>/);
    expect(html).toContain('Forgot your password?');
  });

  it('reads the error before the hint', () => {
    const html = drawn({ hint: 'At least 10 characters', error: 'Too short' });
    expect(html).toMatch(/<input[^>]*aria-describedby="pw-error pw-hint"/);
  });
});
