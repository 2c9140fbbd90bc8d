/** Which emergency signs a patient's walks reported, to clear one of them (kind `emergency-sign`). */
import { EMERGENCY_FLAGS, type EmergencyFlag } from '@wandelcoach/engine';

/** The emergency signs the walks reported, once per sign and day, newest first: `sign@date`. */
export function reportedSigns(walks: readonly { date: string; newSymptoms: readonly string[] }[]) {
  const found = new Map<string, { sign: EmergencyFlag; date: string }>();
  for (const walk of walks) {
    for (const sign of walk.newSymptoms) {
      const emergency = EMERGENCY_FLAGS.find((flag) => flag === sign);
      if (emergency !== undefined)
        found.set(`${emergency}@${walk.date}`, { sign: emergency, date: walk.date });
    }
  }
  return [...found.entries()].sort((a, b) => b[1].date.localeCompare(a[1].date));
}
