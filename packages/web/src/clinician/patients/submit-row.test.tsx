import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { SubmitRow } from './submit-row.js';

describe('the end of a clinician’s form', () => {
  it('has one button that saves, and says nothing while all is well', () => {
    expect(renderToString(<SubmitRow failure={undefined} busy={false} label="Opslaan" />)).toBe(
      '<div class="actions"><button type="submit" class="primary">Opslaan</button></div>',
    );
  });

  it('says what went wrong first, waits while busy, and shows a step that ends something in red', () => {
    const html = renderToString(
      <SubmitRow failure="Dat lukte niet." busy label="Ja, beëindigen" danger>
        <button type="button">Nee</button>
      </SubmitRow>,
    );
    expect(html).toBe(
      '<p role="alert" class="error">Dat lukte niet.</p><div class="actions">' +
        '<button type="submit" class="danger" disabled>Ja, beëindigen</button><button type="button">Nee</button></div>',
    );
  });
});
