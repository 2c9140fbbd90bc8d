/** Intakes and walks for the server's tests. The test clock starts on Saturday 2026-11-21. */
export const INTAKE = {
  locale: 'en',
  age: 52,
  goals: ['back-pain'],
  backPain: { type: 'chronic', legPain: false },
  painNow: 4,
  activity: 'light',
  comfortableWalkMinutes: 12,
  startDate: '2026-11-09',
} as const;

export const COMBINED_INTAKE = {
  locale: 'nl',
  age: 38,
  goals: ['back-pain', 'retro-walking'],
  backPain: { type: 'muscle-tension', legPain: false },
  painNow: 3,
  activity: 'active',
  comfortableWalkMinutes: 30,
  equipment: { treadmill: true, railOrFlatPath: false, companion: false },
  startDate: '2026-11-09',
} as const;

export function walk(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: crypto.randomUUID(),
    date: '2026-11-20',
    kind: 'forward',
    minutes: 12,
    painDuring: 3,
    ...overrides,
  };
}
