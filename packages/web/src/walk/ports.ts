/**
 * What the guided walk needs from the device, as small ports: the web app passes the browser's
 * clock, speech, vibration and wake lock; tests pass fakes, so a 20-minute walk runs in an instant.
 */
export interface Clock {
  /** Milliseconds on a steady clock (not the wall clock, which can jump). */
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export interface Speaker {
  speak(text: string): void;
  /** Stops anything being said at once (the stop button must not be talked over). */
  silence(): void;
}

export interface Haptics {
  pulse(ms: number): void;
}

export interface ScreenAwake {
  /** Keeps the screen on during a walk where the device allows it; a refusal is not an error. */
  hold(): Promise<void>;
  release(): void;
}

export interface WalkPorts {
  clock: Clock;
  speaker: Speaker;
  haptics: Haptics;
  screen: ScreenAwake;
}
