/** A screen whose answer did not come: what went wrong in plain words, and a way to try again. */
import { useApp } from '../app-context.js';
import { errorMessage } from '../api/error-message.js';

export function LoadFailed(props: { error: unknown; retry: () => Promise<unknown> }) {
  const { t } = useApp();
  return (
    <>
      <p role="alert" className="error">
        {errorMessage(props.error, t)}
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            props.retry().catch(() => undefined);
          }}
        >
          {t('load.retry')}
        </button>
      </div>
    </>
  );
}
