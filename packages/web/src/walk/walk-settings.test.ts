import { describe, expect, it } from 'vitest';
import { DEFAULT_WALK_SETTINGS, loadWalkSettings, saveWalkSettings } from './walk-settings.js';
import { memoryStorage } from '../test-support/memory-storage.js';

describe('walk settings', () => {
  it('start from the defaults, and are kept', () => {
    const storage = memoryStorage();
    expect(loadWalkSettings(storage)).toEqual(DEFAULT_WALK_SETTINGS);
    saveWalkSettings(storage, { speech: false, breathingPulse: true, cadence: 88 });
    expect(loadWalkSettings(storage)).toEqual({ speech: false, breathingPulse: true, cadence: 88 });
  });

  it('fall back field by field when what is kept is damaged or out of range', () => {
    const storage = memoryStorage();
    storage.setItem('wandelcoach.walk-settings', '{"speech": "yes", "cadence": 999}');
    expect(loadWalkSettings(storage)).toEqual({ ...DEFAULT_WALK_SETTINGS, cadence: 160 });
    storage.setItem('wandelcoach.walk-settings', 'not json');
    expect(loadWalkSettings(storage)).toEqual(DEFAULT_WALK_SETTINGS);
  });
});
