/**
 * The ten recovery codes, shown this once: to print, to save as a text file made here, and a box to
 * tick before going on, so nobody clicks past them by accident.
 */
import { useId, useState } from 'react';
import { useClinician } from '../clinician-context.js';

export function RecoveryCodes(props: { codes: readonly string[]; email: string }) {
  const { t, refresh } = useClinician();
  const id = useId();
  const [kept, setKept] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  function save() {
    const text = `${t('recovery.fileTitle', { email: props.email })}\n\n${props.codes.join('\n')}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('recovery.fileName');
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="clinician-narrow">
      <h1>{t('recovery.title')}</h1>
      <p className="lead">{t('recovery.intro')}</p>
      <h2 id={`${id}-list`}>{t('recovery.list')}</h2>
      <ol className="recovery-codes" aria-labelledby={`${id}-list`}>
        {props.codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="actions no-print">
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('recovery.print')}
        </button>
        <button type="button" onClick={save}>
          {t('recovery.save')}
        </button>
      </div>
      <form
        className="no-print"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!kept) {
            setProblem(t('recovery.keepFirst'));
            document.getElementById(`${id}-kept`)?.focus();
            return;
          }
          setBusy(true);
          refresh().catch(() => {
            setBusy(false);
          });
        }}
      >
        <div className="choice">
          <input
            id={`${id}-kept`}
            type="checkbox"
            checked={kept}
            aria-describedby={problem === undefined ? undefined : `${id}-problem`}
            onChange={(event) => {
              setKept(event.target.checked);
              if (event.target.checked) setProblem(undefined);
            }}
          />
          <label htmlFor={`${id}-kept`}>
            <span className="choice-label">{t('recovery.kept')}</span>
          </label>
        </div>
        {problem !== undefined && (
          <p id={`${id}-problem`} role="alert" className="error">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('recovery.continue')}
          </button>
        </div>
      </form>
    </div>
  );
}
