import { describe, expect, it } from 'vitest';
import { selfManageOutput } from '../../test/fixtures.js';
import { renderNotes } from './notes.js';

describe('renderNotes', () => {
  it('lists the notes with their sources under a heading', () => {
    const lines = renderNotes('nl', selfManageOutput.notes);
    expect(lines[0]).toBe('Wat onderzoek zegt');
    expect(lines.join(' ')).toContain('minder nieuwe rugklachten. (WALKBACK)');
    expect(renderNotes('en', selfManageOutput.notes)[0]).toBe('What research says');
  });

  it('prints nothing without notes', () => {
    expect(renderNotes('en', [])).toEqual([]);
  });
});
