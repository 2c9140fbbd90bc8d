import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('works with nothing set: loopback, port 3000, SQLite under ./data', () => {
    const config = loadConfig({}, '/srv/wandelcoach');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      dialect: 'sqlite',
      file: path.join('/srv/wandelcoach', 'data', 'wandelcoach.db'),
    });
    expect(config.secureCookies).toBe(false);
    expect(config.trustProxy).toBe(false);
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig(
      {
        HOST: '0.0.0.0',
        PORT: '8080',
        DATA_DIR: '/var/lib/wandelcoach',
        SECURE_COOKIES: 'true',
        TRUST_PROXY: 'yes',
        MAX_BODY_BYTES: '2048',
        SESSION_DAYS: '7',
        SIGN_IN_LIMIT_PER_IP: '5',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      secureCookies: true,
      trustProxy: true,
      maxBodyBytes: 2048,
      sessionDays: 7,
    });
    expect(config.database).toEqual({ dialect: 'sqlite', file: '/var/lib/wandelcoach/wandelcoach.db' });
    expect(config.rateLimits.signInPerIp.limit).toBe(5);
  });

  it('uses PostgreSQL when DATABASE_URL says so', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://wc@db.internal/wc', DATABASE_POOL_SIZE: '20' });
    expect(config.database).toEqual({
      dialect: 'postgres',
      url: 'postgres://wc@db.internal/wc',
      poolSize: 20,
    });
  });

  it('gives requests under way 10 s to finish when the server stops, unless SHUTDOWN_GRACE_MS says otherwise', () => {
    expect(loadConfig({}).shutdownGraceMs).toBe(10_000);
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '2500' }).shutdownGraceMs).toBe(2500);
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '0' }).shutdownGraceMs).toBe(0);
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '10s' })).toThrow(
      new ConfigError('SHUTDOWN_GRACE_MS: must be a whole number from 0 to 600000 (got "10s")'),
    );
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      new ConfigError('PORT: must be a whole number from 0 to 65535 (got "eighty")'),
    );
    expect(() => loadConfig({ SECURE_COOKIES: 'maybe' })).toThrow(/^SECURE_COOKIES: must be true or false/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /^DATABASE_URL: must start with postgres:\/\//,
    );
  });

  it('reads the mail settings, and without SMTP_URL there is no mail (each one goes to the log)', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(loadConfig({}).rateLimits.mailsPerAddress).toEqual({ limit: 5, windowSeconds: 3600 });
    const config = loadConfig({
      SMTP_URL: 'smtp://user:secret@mail.example.nl:587',
      MAIL_FROM: 'Wandelcoach <noreply@example.nl>',
      MAIL_LIMIT_PER_ADDRESS: '3',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://user:secret@mail.example.nl:587',
      from: 'Wandelcoach <noreply@example.nl>',
    });
    expect(config.rateLimits.mailsPerAddress.limit).toBe(3);
    expect(
      loadConfig({ SMTP_URL: 'smtps://mail.example.nl', MAIL_FROM: 'noreply@example.nl' }).mail?.from,
    ).toBe('noreply@example.nl');
  });

  it('limits wrong patient-invite codes per account and per address, an hour at a time', () => {
    const defaults = loadConfig({}).rateLimits;
    expect(defaults.linkAttemptsPerAccount).toEqual({ limit: 10, windowSeconds: 3600 });
    expect(defaults.linkAttemptsPerIp).toEqual({ limit: 30, windowSeconds: 3600 });
    const config = loadConfig({ LINK_ATTEMPTS_PER_ACCOUNT: '4', LINK_ATTEMPTS_PER_IP: '12' });
    expect(config.rateLimits.linkAttemptsPerAccount.limit).toBe(4);
    expect(config.rateLimits.linkAttemptsPerIp.limit).toBe(12);
    expect(() => loadConfig({ LINK_ATTEMPTS_PER_ACCOUNT: 'many' })).toThrow(/LINK_ATTEMPTS_PER_ACCOUNT/);
  });

  it('names the mail setting at fault, never quoting the SMTP password', () => {
    expect(() =>
      loadConfig({ SMTP_URL: 'http://user:secret@mail.example.nl', MAIL_FROM: 'a@example.nl' }),
    ).toThrow(/^SMTP_URL: /);
    try {
      loadConfig({ SMTP_URL: 'nonsense secret', MAIL_FROM: 'a@example.nl' });
    } catch (error) {
      expect(String(error)).not.toContain('secret');
    }
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.nl' })).toThrow(/^MAIL_FROM: is needed/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.nl', MAIL_FROM: 'not an address' })).toThrow(
      /^MAIL_FROM: must be an address/,
    );
    expect(() =>
      loadConfig({ SMTP_URL: 'smtp://mail.example.nl', MAIL_FROM: 'a@example.nl\r\nBcc: b@example.nl' }),
    ).toThrow(/^MAIL_FROM: /);
    expect(() => loadConfig({ MAIL_FROM: 'a@example.nl' })).toThrow(/^MAIL_FROM: is only used with SMTP_URL/);
  });

  it('needs PUBLIC_URL for links in mails when the server listens on every interface', () => {
    const mail = { SMTP_URL: 'smtp://mail.example.nl', MAIL_FROM: 'noreply@example.nl' };
    expect(() => loadConfig({ ...mail, HOST: '0.0.0.0' })).toThrow(/^PUBLIC_URL: is needed with SMTP_URL/);
    expect(loadConfig({ ...mail, HOST: '0.0.0.0', PUBLIC_URL: 'https://wandel.example.nl' }).publicUrl).toBe(
      'https://wandel.example.nl',
    );
    expect(loadConfig({ ...mail }).publicUrl).toBeUndefined();
  });
});
