/**
 * The server's settings, read once from environment variables. Everything has a default, so
 * `npm start` works with nothing set.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DatabaseSettings =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; poolSize: number };

export interface RateLimit {
  /** How many attempts are allowed in one window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimits {
  signUpPerIp: RateLimit;
  signUpPerAccount: RateLimit;
  /** Sign-in attempts from one address, for any accounts. */
  signInPerIp: RateLimit;
  /**
   * Failed sign-ins for one account from all addresses: past this, its sign-ins are slowed (one
   * attempt per `signInSlowSeconds`, growing), never refused for good: the owner gets in after a wait.
   */
  signInPerAccount: RateLimit;
  /** Failed sign-ins for one account from one address: past this, that address waits out the window. */
  signInPerAccountAndIp: RateLimit;
  /** The first wait between attempts once an account's sign-ins are slowed; doubles every 10 failures more. */
  signInSlowSeconds: number;
  /**
   * Mails to one email address, of any kind (reset links, confirmations, "someone tried to sign up"):
   * past this, requests are still answered as usual but no mail goes out, so nobody can flood an inbox.
   */
  mailsPerAddress: RateLimit;
  /**
   * Wrong patient-invite codes (with the year of birth) tried by one account, when previewing or
   * accepting a link with a practice: past this, that account waits out the window.
   */
  linkAttemptsPerAccount: RateLimit;
  /** The same, from one address, for any accounts. */
  linkAttemptsPerIp: RateLimit;
  /**
   * Wrong second-factor codes (authenticator or recovery codes) for one account: past this, every
   * attempt waits out the window. Six digits are a million guesses; five a quarter hour leave none.
   */
  secondFactorPerAccount: RateLimit;
}

/** How mail leaves the server; without it each mail is written to the server's log instead. */
export interface MailSettings {
  /** `smtp://user:password@host:587` or `smtps://…:465`, as nodemailer reads it. */
  smtpUrl: string;
  /** The sender, `Wandelcoach <noreply@example.nl>` or a plain address. */
  from: string;
}

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseSettings;
  /** Set the Secure flag on cookies and send HSTS: on when the server sits behind HTTPS. */
  secureCookies: boolean;
  /** Take the client's address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  sessionDays: number;
  rateLimits: RateLimits;
  /** Folder with the web app's built files; by default the web package's `dist` next to this one. */
  webRoot: string;
  /**
   * Folder with the web app's server build (today's screen rendered into the page); by default the web
   * package's `dist-ssr`. Without it the plain page is sent.
   */
  webRenderRoot: string;
  /**
   * The address people use, e.g. `https://wandelcoach.example.nl`: its host name is the only name (besides
   * `localhost` and plain IP addresses) the server answers to, against DNS rebinding.
   */
  publicUrl: string | undefined;
  /**
   * SMTP for mails (password reset, sign-up confirmation). When set, sign-up is private: it answers
   * alike for a new and a taken address, and a new account confirms its address before use.
   */
  mail: MailSettings | undefined;
  /** How much the server logs: `info` (one line per request) by default. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
  /**
   * On SIGTERM or Ctrl+C: how long requests under way may take to be answered before their
   * connections are closed anyway, in milliseconds.
   */
  shutdownGraceMs: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function whole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}: must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function yesNo(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name}: must be true or false (got "${env[name] ?? ''}")`);
}

function databaseSettings(env: Env, cwd: string): DatabaseSettings {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError(
        'DATABASE_URL: must start with postgres:// (leave it unset for the built-in SQLite)',
      );
    }
    return { dialect: 'postgres', url, poolSize: whole(env, 'DATABASE_POOL_SIZE', 10, 1, 500) };
  }
  const dataDir = path.resolve(cwd, env.DATA_DIR || 'data');
  return { dialect: 'sqlite', file: path.join(dataDir, 'wandelcoach.db') };
}

function publicUrl(env: Env): string | undefined {
  const raw = env.PUBLIC_URL;
  if (raw === undefined || raw === '') return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // said below
  }
  throw new ConfigError(
    `PUBLIC_URL: must be the address people use, such as https://wandelcoach.example.nl (got "${raw}")`,
  );
}

function mailSettings(env: Env): MailSettings | undefined {
  const smtpUrl = env.SMTP_URL;
  const from = env.MAIL_FROM;
  if (smtpUrl === undefined || smtpUrl === '') {
    if (from !== undefined && from !== '') {
      throw new ConfigError(
        'MAIL_FROM: is only used with SMTP_URL; set SMTP_URL too, or leave MAIL_FROM unset',
      );
    }
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(smtpUrl);
  } catch {
    // said below
  }
  if (url === undefined || !['smtp:', 'smtps:'].includes(url.protocol) || url.hostname === '') {
    // Not the value itself: it may hold the SMTP password.
    throw new ConfigError(
      'SMTP_URL: must be an address such as smtp://user:password@mail.example.nl:587 or smtps://…:465',
    );
  }
  if (from === undefined || from === '') {
    throw new ConfigError('MAIL_FROM: is needed with SMTP_URL, e.g. "Wandelcoach <noreply@example.nl>"');
  }
  // A plain address, or a name with the address in angle brackets; no line breaks (header injection).
  if (!/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/.test(from.trim())) {
    throw new ConfigError(
      `MAIL_FROM: must be an address such as noreply@example.nl or "Wandelcoach <noreply@example.nl>" (got "${from}")`,
    );
  }
  return { smtpUrl, from: from.trim() };
}

/**
 * Links in mails need an address people can open: a server listening on every interface
 * (`0.0.0.0`, `::`) has none of its own, so it needs PUBLIC_URL.
 */
function requirePublicUrlForMail(
  host: string,
  mail: MailSettings | undefined,
  url: string | undefined,
): void {
  if (mail === undefined || url !== undefined) return;
  if (['0.0.0.0', '::', '[::]', ''].includes(host)) {
    throw new ConfigError(
      `PUBLIC_URL: is needed with SMTP_URL when HOST is ${host || 'empty'}: links in mails must point at the address people use`,
    );
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'] as const;

function logLevel(env: Env): ServerConfig['logLevel'] {
  const raw = env.LOG_LEVEL?.toLowerCase();
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((known) => known === raw);
  if (level === undefined)
    throw new ConfigError(`LOG_LEVEL: must be one of ${LOG_LEVELS.join(', ')} (got "${raw}")`);
  return level;
}

/** Reads the configuration; throws a {@link ConfigError} naming the variable at fault. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): ServerConfig {
  const host = env.HOST || '127.0.0.1';
  const mail = mailSettings(env);
  const url = publicUrl(env);
  requirePublicUrlForMail(host, mail, url);
  return {
    host,
    port: whole(env, 'PORT', 3000, 0, 65535),
    database: databaseSettings(env, cwd),
    secureCookies: yesNo(env, 'SECURE_COOKIES', false),
    trustProxy: yesNo(env, 'TRUST_PROXY', false),
    maxBodyBytes: whole(env, 'MAX_BODY_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
    sessionDays: whole(env, 'SESSION_DAYS', 30, 1, 365),
    webRoot: env.WEB_ROOT
      ? path.resolve(cwd, env.WEB_ROOT)
      : fileURLToPath(new URL('../../web/dist/', import.meta.url)),
    webRenderRoot: env.WEB_RENDER_ROOT
      ? path.resolve(cwd, env.WEB_RENDER_ROOT)
      : fileURLToPath(new URL('../../web/dist-ssr/', import.meta.url)),
    publicUrl: url,
    mail,
    logLevel: logLevel(env),
    shutdownGraceMs: whole(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    rateLimits: {
      signUpPerIp: { limit: whole(env, 'SIGN_UP_LIMIT_PER_IP', 10, 1, 100000), windowSeconds: 3600 },
      signUpPerAccount: {
        limit: whole(env, 'SIGN_UP_LIMIT_PER_ACCOUNT', 5, 1, 100000),
        windowSeconds: 3600,
      },
      signInPerIp: { limit: whole(env, 'SIGN_IN_LIMIT_PER_IP', 30, 1, 100000), windowSeconds: 900 },
      signInPerAccount: { limit: whole(env, 'SIGN_IN_LIMIT_PER_ACCOUNT', 10, 1, 100000), windowSeconds: 900 },
      signInPerAccountAndIp: {
        limit: whole(env, 'SIGN_IN_LIMIT_PER_ACCOUNT_AND_IP', 5, 1, 100000),
        windowSeconds: 900,
      },
      signInSlowSeconds: whole(env, 'SIGN_IN_SLOW_SECONDS', 30, 1, 3600),
      mailsPerAddress: {
        limit: whole(env, 'MAIL_LIMIT_PER_ADDRESS', 5, 1, 100000),
        windowSeconds: 3600,
      },
      linkAttemptsPerAccount: {
        limit: whole(env, 'LINK_ATTEMPTS_PER_ACCOUNT', 10, 1, 100000),
        windowSeconds: 3600,
      },
      linkAttemptsPerIp: {
        limit: whole(env, 'LINK_ATTEMPTS_PER_IP', 30, 1, 100000),
        windowSeconds: 3600,
      },
      secondFactorPerAccount: {
        limit: whole(env, 'SECOND_FACTOR_LIMIT_PER_ACCOUNT', 5, 1, 100000),
        windowSeconds: 900,
      },
    },
  };
}
