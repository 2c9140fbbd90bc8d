/**
 * Security headers on every response. The CSP allows only this origin's own scripts, styles and
 * connections, which is all the web app needs; nothing may frame the app. The exceptions are the
 * inline style and the small inline script that loads the app of the drawn pages (the welcome, today),
 * each allowed by its exact hash (see web-app.ts).
 */
import { secureHeaders } from 'hono/secure-headers';
import type { InlineHashes } from '../web-app.js';

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
 * @param inline the hashes (`'sha256-…'`) of the inline style and script the built web app's drawn
 *   pages hold, asked on every request so a rebuild while the server runs is followed. Without it (no
 *   web app), the policy is one fixed string, built once.
 */
export function securityHeaders(secure: boolean, inline?: () => InlineHashes) {
  const { styleSrc, scriptSrc } =
    inline === undefined
      ? CONTENT_SECURITY_POLICY
      : {
          styleSrc: [...CONTENT_SECURITY_POLICY.styleSrc, () => inline().styleSrc.join(' ')],
          scriptSrc: [...CONTENT_SECURITY_POLICY.scriptSrc, () => inline().scriptSrc.join(' ')],
        };
  return secureHeaders({
    contentSecurityPolicy: { ...CONTENT_SECURITY_POLICY, styleSrc, scriptSrc },
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
