import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { allowedHostNames, hostName } from './host-check.js';

describe('the names the server answers to', () => {
  it('reads the name from a Host header, without port or brackets', () => {
    expect(hostName('Wandel.Example.NL:443')).toBe('wandel.example.nl');
    expect(hostName('[::1]:3000')).toBe('::1');
    expect(hostName('localhost')).toBe('localhost');
  });

  it('allows localhost and the public URL’s name, and the name it listens on', () => {
    expect([...allowedHostNames(undefined, '127.0.0.1')]).toEqual(['localhost']);
    expect([...allowedHostNames('https://wandel.example.nl', '0.0.0.0')].sort()).toEqual([
      'localhost',
      'wandel.example.nl',
    ]);
    expect(allowedHostNames(undefined, 'wandelserver.lan').has('wandelserver.lan')).toBe(true);
  });

  it('reads PUBLIC_URL and LOG_LEVEL, naming the variable when one is wrong', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://wandel.example.nl/app' }).publicUrl).toBe(
      'https://wandel.example.nl',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'wandel.example.nl' })).toThrow(/^PUBLIC_URL: /);
    expect(loadConfig({}).logLevel).toBe('info');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/^LOG_LEVEL: /);
  });
});
