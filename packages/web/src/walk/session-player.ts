/**
 * The guided walk as a state machine, free of React and of the browser: start, pause, resume,
 * finish, and the stop button. It speaks at the start, halfway and in the last minute, gives a
 * posture or technique cue every few minutes, marks the breathing rhythm, and ends by itself when the
 * time is up. The device comes in through ports (`ports.ts`).
 */
import type { SpokenCue, WalkKind } from '@wandelcoach/engine';
import { breathAt, type BreathingPattern, type BreathMoment } from './breathing.js';
import type { WalkPorts } from './ports.js';

export interface GuidedSession {
  kind: WalkKind;
  minutes: number;
  supervised: boolean;
  breathing: BreathingPattern;
  /** The sentences to speak as cues, in order; they come round again on a long walk. */
  cueSentences: readonly string[];
}

export interface PlayerOptions {
  /** Spoken cues on or off; the timer and the pulse work either way. */
  speech: boolean;
  /** Steps per minute, for the breathing rhythm. */
  cadence: number;
  /** A short vibration at each change of breath. */
  breathingPulse: boolean;
}

export type PlayerState = 'ready' | 'walking' | 'paused' | 'finished' | 'stopped';

export interface PlayerSnapshot {
  state: PlayerState;
  elapsedMs: number;
  remainingMs: number;
  breath: BreathMoment;
}

/** How often a cue is spoken, and how often the screen is brought up to date. */
export const CUE_EVERY_MS = 2 * 60_000;
export const TICK_MS = 200;

export class SessionPlayer {
  private stateNow: PlayerState = 'ready';
  private walkedBefore = 0;
  private walkingSince: number | undefined;
  private stopTicking: (() => void) | undefined;
  private readonly said = new Set<string>();
  private lastStep = -1;
  private readonly listeners = new Set<(snapshot: PlayerSnapshot) => void>();
  readonly totalMs: number;

  constructor(
    private readonly session: GuidedSession,
    private readonly ports: WalkPorts,
    private readonly spoken: Readonly<Record<SpokenCue, string>>,
    private options: PlayerOptions,
  ) {
    this.totalMs = session.minutes * 60_000;
  }

  get state(): PlayerState {
    return this.stateNow;
  }

  elapsedMs(): number {
    const running = this.walkingSince === undefined ? 0 : this.ports.clock.now() - this.walkingSince;
    return Math.min(this.totalMs, this.walkedBefore + running);
  }

  snapshot(): PlayerSnapshot {
    const elapsedMs = this.elapsedMs();
    return {
      state: this.stateNow,
      elapsedMs,
      remainingMs: this.totalMs - elapsedMs,
      breath: breathAt(elapsedMs, this.options.cadence, this.session.breathing),
    };
  }

  subscribe(listener: (snapshot: PlayerSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setOptions(options: Partial<PlayerOptions>): void {
    this.options = { ...this.options, ...options };
    if (options.speech === false) this.ports.speaker.silence();
    this.emit();
  }

  start(): void {
    if (this.stateNow !== 'ready') return;
    void this.ports.screen.hold();
    const minutes = String(this.session.minutes).replace('.', ',');
    this.say(this.session.kind === 'retro' ? 'start-retro' : 'start-forward', { minutes });
    if (this.session.supervised) this.say('supervision-reminder');
    this.run();
  }

  pause(): void {
    if (this.stateNow !== 'walking') return;
    this.halt('paused');
    this.say('paused');
  }

  resume(): void {
    if (this.stateNow !== 'paused') return;
    this.say('resumed');
    this.run();
  }

  /** Ends the walk early or on time; the minutes walked are what the log will suggest. */
  finish(): void {
    if (this.stateNow !== 'walking' && this.stateNow !== 'paused') return;
    this.halt('finished');
    this.say('finished');
  }

  /** The stop button: silent at once, nothing more is said, the screen may sleep again. */
  stopForSafety(): void {
    if (this.stateNow === 'finished' || this.stateNow === 'stopped') return;
    this.ports.speaker.silence();
    this.halt('stopped');
  }

  /** Frees the clock and the screen when the walk's screen goes away. */
  dispose(): void {
    this.stopTicking?.();
    this.stopTicking = undefined;
    this.ports.screen.release();
    this.listeners.clear();
  }

  private run(): void {
    this.walkingSince = this.ports.clock.now();
    this.stateNow = 'walking';
    this.stopTicking = this.ports.clock.every(TICK_MS, () => {
      this.tick();
    });
    this.emit();
  }

  private halt(state: 'paused' | 'finished' | 'stopped'): void {
    this.walkedBefore = this.elapsedMs();
    this.walkingSince = undefined;
    this.stopTicking?.();
    this.stopTicking = undefined;
    this.stateNow = state;
    if (state !== 'paused') this.ports.screen.release();
    this.emit();
  }

  /** One look at the clock: what is due now is said once, and the walk ends when its time is up. */
  tick(): void {
    if (this.stateNow !== 'walking') return;
    const elapsed = this.elapsedMs();
    if (elapsed >= this.totalMs) {
      this.finish();
      return;
    }
    if (elapsed >= this.totalMs / 2) this.sayOnce('halfway', 'halfway');
    // Only a walk longer than two minutes has a "last minute" worth saying.
    if (this.totalMs > 120_000 && elapsed >= this.totalMs - 60_000)
      this.sayOnce('last-minute', 'last-minute');
    const cueNumber = Math.floor(elapsed / CUE_EVERY_MS);
    const cues = this.session.cueSentences;
    if (cueNumber >= 1 && cues.length > 0 && !this.said.has(`cue-${cueNumber}`)) {
      this.said.add(`cue-${cueNumber}`);
      this.speak(cues[(cueNumber - 1) % cues.length] ?? '');
    }
    const breath = breathAt(elapsed, this.options.cadence, this.session.breathing);
    if (breath.stepIndex !== this.lastStep) {
      this.lastStep = breath.stepIndex;
      if (breath.phaseStart && this.options.breathingPulse)
        this.ports.haptics.pulse(breath.phase === 'in' ? 60 : 30);
    }
    this.emit();
  }

  private sayOnce(key: string, cue: SpokenCue): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    this.say(cue);
  }

  private say(cue: SpokenCue, params: Readonly<Record<string, string>> = {}): void {
    this.speak(this.spoken[cue].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole));
  }

  private speak(text: string): void {
    if (this.options.speech && text !== '') this.ports.speaker.speak(text);
  }

  private emit(): void {
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}
