import { describe, expect, it } from 'vitest';
import type { Walk } from '../repositories/walks.repository.js';
import { walksToCsv } from './export.service.js';

const base: Walk = {
  id: '0b0c4b7e-6b8a-4f62-9a51-3c1f3f1f2a10',
  date: '2026-11-20',
  kind: 'retro',
  minutes: 4.5,
  painDuring: 2,
  painNextMorning: null,
  dizziness: true,
  fall: false,
  newSymptoms: ['fever-or-ill', 'weight-loss'],
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
};

describe('walksToCsv', () => {
  it('writes a header and one line per walk, with CRLF line ends', () => {
    expect(walksToCsv([base])).toBe(
      'id,date,kind,minutes,painDuring,painNextMorning,dizziness,fall,newSymptoms,createdAt,updatedAt\r\n' +
        '0b0c4b7e-6b8a-4f62-9a51-3c1f3f1f2a10,2026-11-20,retro,4.5,2,,true,false,fever-or-ill weight-loss,2026-11-20T09:00:00.000Z,2026-11-20T09:00:00.000Z\r\n',
    );
  });

  it('writes only the header when there are no walks', () => {
    expect(walksToCsv([]).split('\r\n')).toHaveLength(2);
  });
});
