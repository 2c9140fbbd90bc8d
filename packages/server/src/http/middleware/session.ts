/**
 * Sessions: an opaque token in an HttpOnly, SameSite=Lax cookie (Secure behind HTTPS); the
 * database holds only its hash. `requireSession` lets a request through only with a live session.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { authenticate, type NewSession } from '../../services/accounts.service.js';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

/** The `__Host-` prefix (only over HTTPS) pins the cookie to this host and path `/`. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-wandelcoach_session' : 'wandelcoach_session';
}

export function setSessionCookie(c: Context<AppEnv>, session: NewSession): void {
  const { secureCookies, sessionDays } = c.var.services.config;
  setCookie(c, sessionCookieName(secureCookies), session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secureCookies,
    path: '/',
    maxAge: sessionDays * 24 * 60 * 60,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const { secureCookies } = c.var.services.config;
  deleteCookie(c, sessionCookieName(secureCookies), { path: '/', secure: secureCookies });
}

export function sessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, sessionCookieName(c.var.services.config.secureCookies));
}

export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = sessionToken(c);
  const session = token === undefined ? undefined : await authenticate(c.var.services, token);
  if (token === undefined || session === undefined) {
    return problem(c, 'not-signed-in', 'Sign in first (POST /api/v1/session).');
  }
  c.set('account', session.account);
  c.set('csrfToken', session.csrfToken);
  c.set('sessionToken', token);
  await next();
  return undefined;
};
