/**
 * Today's screen as the server sends it to a signed-in patient (packages/server/src/http/web-app.ts):
 * the cards already in the page, and the answer they were made from beside them, as JSON in
 * `<script type="application/json" id="today-start">`. The app starts from that answer (main.tsx),
 * so its first render is the same markup and it takes it over without asking the server first.
 */
import type { Account, Today } from './api/client.js';

/** The id of the script element that holds the answer. */
export const TODAY_START_ID = 'today-start';

/** What the server embeds: whose page it is, and today's answer exactly as `GET /me/today` gives it. */
export interface TodayStart {
  account: Account;
  today: Today;
}

/**
 * The answer embedded in the page, or undefined when it is missing or not shaped like one (the app
 * then starts as it would from the plain page). The server wrote it, so a light check is enough: the
 * same answer is asked for again once the app runs.
 */
export function readTodayStart(document: Pick<Document, 'getElementById'>): TodayStart | undefined {
  const text = document.getElementById(TODAY_START_ID)?.textContent;
  if (typeof text !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { account, today } = parsed as { account?: unknown; today?: unknown };
  if (typeof account !== 'object' || account === null || typeof today !== 'object' || today === null) {
    return undefined;
  }
  const { id, email } = account as { id?: unknown; email?: unknown };
  const { date } = today as { date?: unknown };
  if (typeof id !== 'string' || typeof email !== 'string' || typeof date !== 'string') return undefined;
  return parsed as TodayStart;
}
