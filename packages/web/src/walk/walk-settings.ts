/** The person's choices for guided walks, kept on the device between walks. */
import { clampCadence, DEFAULT_CADENCE } from './breathing.js';

export interface WalkSettings {
  speech: boolean;
  breathingPulse: boolean;
  cadence: number;
}

const KEY = 'wandelcoach.walk-settings';

export const DEFAULT_WALK_SETTINGS: WalkSettings = {
  speech: true,
  breathingPulse: false,
  cadence: DEFAULT_CADENCE,
};

export function loadWalkSettings(storage: Pick<Storage, 'getItem'> | undefined): WalkSettings {
  try {
    const stored = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<WalkSettings>;
    return {
      speech: typeof stored.speech === 'boolean' ? stored.speech : DEFAULT_WALK_SETTINGS.speech,
      breathingPulse:
        typeof stored.breathingPulse === 'boolean'
          ? stored.breathingPulse
          : DEFAULT_WALK_SETTINGS.breathingPulse,
      cadence:
        typeof stored.cadence === 'number' ? clampCadence(stored.cadence) : DEFAULT_WALK_SETTINGS.cadence,
    };
  } catch {
    return DEFAULT_WALK_SETTINGS;
  }
}

export function saveWalkSettings(
  storage: Pick<Storage, 'setItem'> | undefined,
  settings: WalkSettings,
): void {
  storage?.setItem(KEY, JSON.stringify(settings));
}
