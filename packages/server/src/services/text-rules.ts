/**
 * What a name may hold: one line of text, shown to patients and clinicians and printed on the invite
 * sheet. No control characters (PostgreSQL cannot store a NUL; a newline or a bell is no name) and no
 * bidirectional overrides or isolates, which can make a name read differently from what is stored.
 */
// eslint-disable-next-line no-control-regex
export const ONE_LINE = /^[^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/;

/** Whether `text` is one line of plain text (see {@link ONE_LINE}). */
export function isOneLine(text: string): boolean {
  return ONE_LINE.test(text);
}
