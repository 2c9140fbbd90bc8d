import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readVersioned } from './versioned.js';

// A record that went through two versions: version 2 added the morning pain, version 3 renamed a field.
const format = {
  current: 3,
  migrations: {
    1: (record: Record<string, unknown>) => ({ ...record, version: 2, painNextMorning: null }),
    2: ({ mins, ...rest }: Record<string, unknown>) => ({ ...rest, version: 3, minutes: mins }),
  },
  schema: z.strictObject({
    version: z.literal(3),
    minutes: z.number().min(0),
    painNextMorning: z.number().nullable(),
  }),
};

describe('reading a versioned record', () => {
  it('reads the current version as it is', () => {
    expect(readVersioned({ version: 3, minutes: 5, painNextMorning: 2 }, format)).toEqual({
      ok: true,
      value: { version: 3, minutes: 5, painNextMorning: 2 },
      migrated: false,
    });
  });

  it('brings an older version up to date step by step, then checks it', () => {
    expect(readVersioned({ version: 1, mins: 5 }, format)).toEqual({
      ok: true,
      value: { version: 3, minutes: 5, painNextMorning: null },
      migrated: true,
    });
  });

  it('says what is wrong with a record that does not fit, instead of passing it on', () => {
    const read = readVersioned({ version: 1, mins: -4 }, format);
    expect(read).toMatchObject({ ok: false, reason: 'invalid' });
    expect(read.ok ? [] : read.issues).toEqual([expect.stringMatching(/^minutes: /)]);
  });

  it('leaves a newer version, a missing version and a version with no way up unread', () => {
    expect(readVersioned({ version: 4 }, format)).toMatchObject({ ok: false, reason: 'newer' });
    expect(readVersioned({ minutes: 5 }, format)).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(
      readVersioned({ version: 1, mins: 5 }, { ...format, migrations: { 2: format.migrations[2] } }),
    ).toMatchObject({
      ok: false,
      reason: 'unknown-version',
    });
    expect(readVersioned('{"version":3}', format)).toMatchObject({ ok: false, reason: 'not-a-record' });
  });
});
