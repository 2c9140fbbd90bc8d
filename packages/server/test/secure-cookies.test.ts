import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';

describeEachDatabase(
  'behind HTTPS (SECURE_COOKIES)',
  (server) => {
    it('sets a Secure __Host- cookie, sends HSTS, and the session works', async () => {
      const client = server().client();
      const response = await client.signUp();
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^__Host-wandelcoach_session=[\w-]{43};/);
      expect(cookie).toContain('Secure');
      expect(cookie).toContain('HttpOnly');
      expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
      expect(await client.whoAmI()).toBe(client.account?.email);
      // The plain-HTTP cookie name means nothing here.
      client.cookie = client.cookie?.replace('__Host-', '');
      expect(await client.whoAmI()).toBeNull();
    });
  },
  { config: { secureCookies: true } },
);
