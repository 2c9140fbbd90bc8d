import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { PasswordInput } from './password-input.js';

// Pressing the button (the field turns to text, aria-pressed to true) is a browser's job:
// e2e/account.e2e.ts presses it on every password field of the app.
describe('PasswordInput', () => {
  it('draws a hidden password and a real toggle button that controls it, off at first', () => {
    const html = renderToString(
      <PasswordInput
        id="pw"
        value="geheim genoeg"
        onChange={() => undefined}
        autoComplete="new-password"
        t={translator('en')}
        describedBy="pw-hint"
      />,
    );
    expect(html).toMatch(/<input[^>]*id="pw"[^>]*type="password"/);
    expect(html).toMatch(/<input[^>]*autocomplete="new-password"/);
    expect(html).toMatch(/<input[^>]*aria-describedby="pw-hint"/);
    const button = /<button([^>]*)>Show password<\/button>/.exec(html)?.[1] ?? '';
    for (const attribute of [
      'type="button"',
      'aria-pressed="false"',
      'aria-controls="pw"',
      'class="show-password"',
    ]) {
      expect(button).toContain(attribute);
    }
  });
});
