/**
 * The token of a mailed link, or the code of a clinician's invitation. It travels in the fragment
 * (`/reset-password#token=…`, `/link#code=…`), which a browser never sends to a server, so it is in no
 * server's log and no Referer header.
 */

/**
 * A value in an address's fragment, or undefined when there is none.
 *
 * @example
 * fragmentValue('#code=ACDE-FGHJ', 'code'); // 'ACDE-FGHJ'
 */
export function fragmentValue(hash: string, name: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(name);
  return value === null || value.trim() === '' ? undefined : value.trim();
}

/**
 * The token in an address's fragment, or undefined when there is none.
 *
 * @example
 * tokenFromHash('#token=abc'); // 'abc'
 */
export function tokenFromHash(hash: string): string | undefined {
  return fragmentValue(hash, 'token');
}
