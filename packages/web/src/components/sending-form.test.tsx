import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { SendingForm } from './sending-form.js';

const send = () => Promise.resolve();

describe('a form sent to the server', () => {
  it('leaves the checks to its own words and says nothing while all is well', () => {
    const html = renderToString(
      <SendingForm onSubmit={send} problem={undefined}>
        <input name="email" />
      </SendingForm>,
    );
    expect(html).toBe('<form novalidate><input name="email"/></form>');
  });

  it('reads a problem with the whole form out before the first field', () => {
    const html = renderToString(
      <SendingForm onSubmit={send} problem="Het lukte niet.">
        <input name="email" />
      </SendingForm>,
    );
    expect(html).toBe(
      '<form novalidate><p role="alert" class="error">Het lukte niet.</p><input name="email"/></form>',
    );
  });
});
