import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { EmailField } from './email-field.js';

const change = () => undefined;

describe('an email address field', () => {
  it('lets the browser fill in and ask for the person’s own address', () => {
    const html = renderToString(
      <EmailField id="e" label="E-mail" whose="own" value="" error={undefined} onChange={change} />,
    );
    expect(html).toContain('autocomplete="email"');
    expect(html).toContain('inputmode="email"');
    expect(html).toContain('required');
    expect(html).not.toContain('aria-describedby');
  });

  it('keeps the person’s own address out of someone else’s', () => {
    const html = renderToString(
      <EmailField id="e" label="E-mail" whose="someone-else" value="" error={undefined} onChange={change} />,
    );
    expect(html).toContain('autocomplete="off"');
    expect(html).not.toContain('inputmode');
    expect(html).not.toContain('required');
  });

  it('reads out its error and ties it to the input', () => {
    const html = renderToString(
      <EmailField id="e" label="E-mail" whose="own" value="x" error="Dit is geen adres." onChange={change} />,
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="e-error"');
    expect(html).toContain('<p id="e-error" role="alert" class="error">Dit is geen adres.</p>');
  });
});
