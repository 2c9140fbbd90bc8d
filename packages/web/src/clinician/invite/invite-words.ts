/** How an invite's code and dates are written, for the screen and for the printed sheet. */
import type { Locale } from '@wandelcoach/engine';

/** The code in two groups of four, for reading aloud and typing over: `ACDE FGHJ`. */
export function groupedCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

/** The last day the code works, as a date in the reader's language. */
export function lastDay(expiresAt: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(expiresAt));
}

/** The address the sheet's QR code opens: the app's linking page with the code in the fragment. */
export function linkAddress(origin: string, code: string): string {
  return `${origin}/link#code=${encodeURIComponent(code)}`;
}

/** The sheet's language from the address (`?sheet=en`), Dutch unless English is asked for. */
export function sheetLocale(search: string): Locale {
  return new URLSearchParams(search).get('sheet') === 'en' ? 'en' : 'nl';
}
