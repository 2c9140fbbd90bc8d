/** Ports for tests: a clock the test moves by hand, and a record of what was said and felt. */
import type { WalkPorts } from './ports.js';

export interface FakePorts extends WalkPorts {
  said: string[];
  pulses: number[];
  screenHeld: boolean;
  silenced: number;
  /** Moves the clock on, running every tick that falls due on the way. */
  advance(ms: number): void;
}

export function fakePorts(): FakePorts {
  let now = 0;
  const timers = new Map<number, { every: number; next: number; tick: () => void }>();
  let nextId = 1;
  const ports: FakePorts = {
    said: [],
    pulses: [],
    screenHeld: false,
    silenced: 0,
    clock: {
      now: () => now,
      every: (ms, tick) => {
        const id = nextId++;
        timers.set(id, { every: ms, next: now + ms, tick });
        return () => timers.delete(id);
      },
    },
    speaker: {
      speak: (text) => ports.said.push(text),
      silence: () => {
        ports.silenced += 1;
      },
    },
    haptics: { pulse: (ms) => ports.pulses.push(ms) },
    screen: {
      hold: () => {
        ports.screenHeld = true;
        return Promise.resolve();
      },
      release: () => {
        ports.screenHeld = false;
      },
    },
    advance: (ms) => {
      const end = now + ms;
      for (;;) {
        const due = [...timers.values()]
          .filter((timer) => timer.next <= end)
          .sort((a, b) => a.next - b.next)[0];
        if (due === undefined) break;
        now = due.next;
        due.next += due.every;
        due.tick();
      }
      now = end;
    },
  };
  return ports;
}
