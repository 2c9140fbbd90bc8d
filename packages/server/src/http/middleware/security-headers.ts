/**
 * Security headers on every response. The CSP allows only this origin's own scripts, styles and
 * connections, which is all the web app needs; nothing may frame the app. The one exception is the
 * inline style of the page with the welcome in it, allowed by its exact hash (see web-app.ts).
 */
import { secureHeaders } from 'hono/secure-headers';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  mediaSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * @param inlineStyles the hashes (`'sha256-…'`) of inline styles the built web app uses, asked on
 *   every request so a rebuild while the server runs is followed. Without it (no web app), the
 *   policy is one fixed string, built once.
 */
export function securityHeaders(secure: boolean, inlineStyles?: () => readonly string[]) {
  const styleSrc =
    inlineStyles === undefined
      ? CONTENT_SECURITY_POLICY.styleSrc
      : [...CONTENT_SECURITY_POLICY.styleSrc, () => inlineStyles().join(' ')];
  return secureHeaders({
    contentSecurityPolicy: { ...CONTENT_SECURITY_POLICY, styleSrc },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    // HSTS only means something over HTTPS; on plain http://127.0.0.1 it would only confuse.
    strictTransportSecurity: secure ? 'max-age=63072000; includeSubDomains' : false,
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}
