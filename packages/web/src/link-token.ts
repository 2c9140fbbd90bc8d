/**
 * The token of a mailed link. It travels in the fragment (`/reset-password#token=…`), which a browser
 * never sends to a server, so it is in no server's log and no Referer header.
 */

/**
 * The token in an address's fragment, or undefined when there is none.
 *
 * @example
 * tokenFromHash('#token=abc'); // 'abc'
 */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token === null || token.trim() === '' ? undefined : token.trim();
}
