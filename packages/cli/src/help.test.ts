import { describe, expect, it } from 'vitest';
import { HELP_TEXT } from './help.js';

describe('HELP_TEXT', () => {
  it('shows the usage and every option', () => {
    expect(HELP_TEXT).toContain('wandelcoach plan --intake FILE');
    for (const option of [
      '--intake',
      '--logs',
      '--today',
      '--weeks',
      '--json',
      '--help',
      '-h',
      '--version',
    ]) {
      expect(HELP_TEXT).toContain(option);
    }
  });

  it('shows the database commands, and sends PostgreSQL to its own tools', () => {
    expect(HELP_TEXT).toContain('wandelcoach backup FILE');
    expect(HELP_TEXT).toContain('wandelcoach restore FILE');
    expect(HELP_TEXT).toMatch(/stop the server\s+first/);
    expect(HELP_TEXT).toContain('pg_dump and pg_restore');
  });

  it('shows how to make the first practice', () => {
    expect(HELP_TEXT).toContain(
      'wandelcoach practice create --name NAME --admin-email EMAIL [--locale nl|en]',
    );
    expect(HELP_TEXT).toMatch(/single-use link/);
  });

  it('shows how the operator resets the authenticator app of someone locked out', () => {
    expect(HELP_TEXT).toContain('wandelcoach practice reset-second-factor --email EMAIL');
    expect(HELP_TEXT).toMatch(/an admin never resets their own/);
  });

  it('explains the exit codes and gives an example', () => {
    expect(HELP_TEXT).toMatch(/^ {2}0 {2}/m);
    expect(HELP_TEXT).toMatch(/^ {2}1 {2}/m);
    expect(HELP_TEXT).toMatch(/^ {2}2 {2}/m);
    expect(HELP_TEXT).toContain('wandelcoach plan --intake examples/intake-back-pain.json');
  });

  it('fits in a standard terminal', () => {
    for (const line of HELP_TEXT.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('shows --prescription, with an example', () => {
    expect(HELP_TEXT).toContain('--prescription FILE');
    expect(HELP_TEXT).toContain('--prescription examples/prescription-physio.json');
    expect(HELP_TEXT).toContain('Only one of --intake, --logs and --prescription can be -.');
  });
});
