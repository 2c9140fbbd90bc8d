import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr-code.js';

describe('a QR code', () => {
  it('is SVG drawn here, and differs with its text', async () => {
    const one = await qrSvg('otpauth://totp/Wandelcoach:anna%40example.nl?secret=ABC&issuer=Wandelcoach');
    const two = await qrSvg('https://wandelcoach.example.nl/link#code=ACDEFGHJ');
    expect(one).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/);
    expect(one).toContain('<path');
    expect(one).not.toBe(two);
    expect(one).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});
