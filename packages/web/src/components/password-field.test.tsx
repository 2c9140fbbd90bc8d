import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { PasswordField } from './password-field.js';

const t = translator('en');

describe('PasswordField', () => {
  it('labels the input, and describes it by its hint', () => {
    const html = renderToString(
      <PasswordField
        id="pw"
        label="Password"
        hint="At least 10 characters"
        error={undefined}
        value=""
        onChange={() => undefined}
        autoComplete="new-password"
        t={t}
        minLength={10}
      />,
    );
    expect(html).toContain('<label for="pw">Password</label>');
    expect(html).toMatch(/<p id="pw-hint" class="hint">At least 10 characters<\/p>/);
    expect(html).toMatch(/<input[^>]*aria-invalid="false"/);
    expect(html).toMatch(/<input[^>]*aria-describedby="pw-hint"/);
    expect(html).toMatch(/<input[^>]*minlength="10"/);
    expect(html).not.toContain('role="alert"');
  });

  it('says what is wrong beside the input, read out, and marks the input', () => {
    const html = renderToString(
      <PasswordField
        id="pw"
        label="Password"
        error="That password is not right."
        value="x"
        onChange={() => undefined}
        autoComplete="current-password"
        t={t}
      >
        <p>Forgot your password?</p>
      </PasswordField>,
    );
    expect(html).not.toContain('pw-hint');
    expect(html).toMatch(/<input[^>]*aria-invalid="true"/);
    expect(html).toMatch(/<input[^>]*aria-describedby="pw-error"/);
    expect(html).toMatch(/<p id="pw-error" role="alert" class="error">That password is not right.<\/p>/);
    expect(html).toContain('Forgot your password?');
  });

  it('reads the error before the hint', () => {
    const html = renderToString(
      <PasswordField
        id="pw"
        label="Password"
        hint="At least 10 characters"
        error="Too short"
        value="x"
        onChange={() => undefined}
        autoComplete="new-password"
        t={t}
      />,
    );
    expect(html).toMatch(/<input[^>]*aria-describedby="pw-error pw-hint"/);
  });
});
