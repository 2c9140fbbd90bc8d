/** The guided walk's ports in a browser: performance.now, the Web Speech API, vibration, Wake Lock. */
import type { Locale } from '@wandelcoach/engine';
import type { WalkPorts } from './ports.js';

export function browserPorts(locale: Locale): WalkPorts {
  let lock: WakeLockSentinel | undefined;
  const lang = locale === 'nl' ? 'nl-NL' : 'en-GB';
  return {
    clock: {
      now: () => performance.now(),
      every: (ms, tick) => {
        const id = window.setInterval(tick, ms);
        return () => {
          window.clearInterval(id);
        };
      },
    },
    speaker: {
      speak: (text) => {
        if (!('speechSynthesis' in window)) return;
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        utterance.rate = 0.95;
        window.speechSynthesis.speak(utterance);
      },
      silence: () => {
        if ('speechSynthesis' in window) window.speechSynthesis.cancel();
      },
    },
    haptics: {
      pulse: (ms) => {
        if ('vibrate' in navigator) navigator.vibrate(ms);
      },
    },
    screen: {
      hold: async () => {
        try {
          lock = await navigator.wakeLock.request('screen');
        } catch {
          // Not supported, or refused (e.g. low battery): the walk goes on without it.
        }
      },
      release: () => {
        void lock?.release();
        lock = undefined;
      },
    },
  };
}
