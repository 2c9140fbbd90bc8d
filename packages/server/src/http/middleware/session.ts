/**
 * Sessions: an opaque token in an HttpOnly, SameSite=Lax cookie (Secure behind HTTPS); the
 * database holds only its hash. `requireSession` lets a request through only with a live session;
 * `currentSession` says whose it is, if anyone's.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  authenticate,
  type Account,
  type NewSession,
  type SessionStanding,
} from '../../services/accounts.service.js';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

/** The `__Host-` prefix (only over HTTPS) pins the cookie to this host and path `/`. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-wandelcoach_session' : 'wandelcoach_session';
}

export function setSessionCookie(c: Context<AppEnv>, session: NewSession): void {
  const { secureCookies, sessionDays } = c.get('services').config;
  setCookie(c, sessionCookieName(secureCookies), session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secureCookies,
    path: '/',
    maxAge: sessionDays * 24 * 60 * 60,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const { secureCookies } = c.get('services').config;
  deleteCookie(c, sessionCookieName(secureCookies), { path: '/', secure: secureCookies });
}

export function sessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, sessionCookieName(c.get('services').config.secureCookies));
}

/**
 * The live session the request's cookie names; undefined without a cookie, or for a token that is
 * unknown, signed out or expired (all alike, so a made-up token learns nothing).
 */
export async function currentSession(
  c: Context<AppEnv>,
): Promise<
  | { account: Account; csrfToken: string; standing: SessionStanding; planVersion: number; token: string }
  | undefined
> {
  const token = sessionToken(c);
  if (token === undefined) return undefined;
  const session = await authenticate(c.get('services'), token);
  return session === undefined ? undefined : { ...session, token };
}

export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = await currentSession(c);
  if (session === undefined) {
    return problem(c, 'not-signed-in', 'Sign in first (POST /api/v1/session).');
  }
  c.set('account', session.account);
  c.set('csrfToken', session.csrfToken);
  c.set('sessionToken', session.token);
  c.set('standing', session.standing);
  c.set('planVersion', session.planVersion);
  await next();
  return undefined;
};
