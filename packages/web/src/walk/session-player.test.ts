import { contentFor } from '@wandelcoach/engine';
import { describe, expect, it } from 'vitest';
import { fakePorts } from './fake-ports.js';
import { SessionPlayer, type GuidedSession, type PlayerOptions } from './session-player.js';

const spoken = contentFor('nl').spoken;
const options: PlayerOptions = { speech: true, cadence: 120, breathingPulse: true };
const tenMinutes: GuidedSession = {
  kind: 'forward',
  minutes: 10,
  supervised: false,
  breathing: { inhaleSteps: 3, exhaleSteps: 4 },
  cueSentences: ['Laat je armen ontspannen meezwaaien.', 'Adem rustig.'],
};

function player(session: GuidedSession = tenMinutes, overrides: Partial<PlayerOptions> = {}) {
  const ports = fakePorts();
  return { ports, player: new SessionPlayer(session, ports, spoken, { ...options, ...overrides }) };
}

describe('SessionPlayer', () => {
  it('speaks at the start, the halfway point, the last minute and the end, and ends by itself', () => {
    const { ports, player: walk } = player();
    walk.start();
    expect(ports.said[0]).toBe(spoken['start-forward'].replace('{minutes}', '10'));
    expect(ports.screenHeld).toBe(true);
    ports.advance(5 * 60_000);
    expect(ports.said).toContain(spoken.halfway);
    ports.advance(4 * 60_000);
    expect(ports.said).toContain(spoken['last-minute']);
    ports.advance(60_000);
    expect(walk.state).toBe('finished');
    expect(ports.said.at(-1)).toBe(spoken.finished);
    expect(walk.snapshot()).toMatchObject({ elapsedMs: 600_000, remainingMs: 0 });
    expect(ports.screenHeld).toBe(false);
    // Each announcement once only.
    expect(ports.said.filter((text) => text === spoken.halfway)).toHaveLength(1);
  });

  it('gives a cue every two minutes, taking turns', () => {
    const { ports, player: walk } = player();
    walk.start();
    ports.advance(6 * 60_000 + 1000);
    const cues = ports.said.filter((text) => tenMinutes.cueSentences.includes(text));
    expect(cues).toEqual([
      'Laat je armen ontspannen meezwaaien.',
      'Adem rustig.',
      'Laat je armen ontspannen meezwaaien.',
    ]);
  });

  it('does not count the time paused', () => {
    const { ports, player: walk } = player();
    walk.start();
    ports.advance(60_000);
    walk.pause();
    ports.advance(10 * 60_000);
    expect(walk.state).toBe('paused');
    expect(walk.elapsedMs()).toBe(60_000);
    expect(ports.said.at(-1)).toBe(spoken.paused);
    walk.resume();
    ports.advance(30_000);
    expect(walk.elapsedMs()).toBe(90_000);
    expect(ports.said).toContain(spoken.resumed);
  });

  it('stops at once and in silence with the stop button, keeping the minutes walked', () => {
    const { ports, player: walk } = player();
    walk.start();
    ports.advance(3 * 60_000);
    const saidBefore = ports.said.length;
    walk.stopForSafety();
    ports.advance(10 * 60_000);
    expect(walk.state).toBe('stopped');
    expect(walk.elapsedMs()).toBe(180_000);
    expect(ports.silenced).toBe(1);
    expect(ports.said).toHaveLength(saidBefore);
    expect(ports.screenHeld).toBe(false);
  });

  it('says nothing with speech off, but the timer and the breathing pulse go on', () => {
    const { ports, player: walk } = player(tenMinutes, { speech: false });
    walk.start();
    ports.advance(10_000);
    expect(ports.said).toEqual([]);
    // 120 steps a minute, 7 steps a breath: a change of phase 3 or 4 steps apart.
    expect(ports.pulses.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ports.pulses)).toEqual(new Set([60, 30]));
  });

  it('reminds of the companion for a supervised retro walk', () => {
    const { ports, player: walk } = player({ ...tenMinutes, kind: 'retro', supervised: true, minutes: 1.5 });
    walk.start();
    expect(ports.said).toEqual([
      spoken['start-retro'].replace('{minutes}', '1,5'),
      spoken['supervision-reminder'],
    ]);
    ports.advance(90_000);
    // A walk of two minutes or less has no separate "last minute".
    expect(ports.said).not.toContain(spoken['last-minute']);
    expect(walk.state).toBe('finished');
  });

  it('ignores presses that do not fit the moment', () => {
    const { player: walk } = player();
    walk.pause();
    walk.resume();
    walk.finish();
    expect(walk.state).toBe('ready');
    walk.start();
    walk.finish();
    walk.start();
    walk.stopForSafety();
    expect(walk.state).toBe('finished');
  });

  it('tells its listeners on every change', () => {
    const { ports, player: walk } = player();
    const states: string[] = [];
    walk.subscribe((snapshot) => states.push(snapshot.state));
    walk.start();
    ports.advance(400);
    walk.pause();
    expect(states[0]).toBe('walking');
    expect(states.at(-1)).toBe('paused');
    expect(states.length).toBeGreaterThanOrEqual(4);
  });
});
