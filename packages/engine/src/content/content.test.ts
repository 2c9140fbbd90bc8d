import { describe, expect, it } from 'vitest';
import { BACK_PAIN_TYPES, CUES, LOCALES, SESSION_PURPOSES, type Locale } from '../codes.js';
import { SOURCES } from '../sources.js';
import { en } from './en.js';
import {
  COMMON_MISTAKES,
  CONTENT_SOURCES,
  FAQ_ITEMS,
  RECOVERY_MOMENTS,
  SPOKEN_CUES,
  contentFor,
  type ContentCatalogue,
} from './index.js';
import { nl } from './nl.js';

const catalogues: Record<Locale, ContentCatalogue> = { nl, en };

const RETRO_POSTURE_CUES = ['active-core', 'small-steps', 'toes-first', 'knees-soft'] as const;
const KNOWN_PLACEHOLDERS = ['minutes', 'steps'];

/** Every text in a catalogue, keyed by its path (`faq.missed-a-day.answer`, `stopNow.pain.2`). */
function textsOf(catalogue: ContentCatalogue): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      texts.set(path, value);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        walk(item, `${path}.${String(index)}`);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`);
    } else {
      throw new Error(`${path} is not text: ${String(value)}`);
    }
  };
  walk(catalogue, '');
  return texts;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

function sentenceCount(text: string): number {
  return text.match(/[.?](?=\s|$)/g)?.length ?? 0;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

describe.each(LOCALES)('the %s catalogue', (locale) => {
  const content = catalogues[locale];

  it('has exactly the keys of every list', () => {
    expect(Object.keys(content.cues).sort()).toEqual([...CUES].sort());
    expect(Object.keys(content.purposes).sort()).toEqual([...SESSION_PURPOSES].sort());
    expect(Object.keys(content.commonMistakes).sort()).toEqual([...COMMON_MISTAKES].sort());
    expect(Object.keys(content.recoveryMoments).sort()).toEqual([...RECOVERY_MOMENTS].sort());
    expect(Object.keys(content.whyWalkingHelps).sort()).toEqual([...BACK_PAIN_TYPES].sort());
    expect(Object.keys(content.faq).sort()).toEqual([...FAQ_ITEMS].sort());
    expect(Object.keys(content.spoken).sort()).toEqual([...SPOKEN_CUES].sort());
  });

  it('has text for every cue, purpose, mistake, moment, complaint type, question and spoken cue', () => {
    for (const cue of CUES) {
      expect(content.cues[cue].label, cue).not.toBe('');
      expect(content.cues[cue].spoken, cue).not.toBe('');
    }
    for (const purpose of SESSION_PURPOSES) expect(content.purposes[purpose], purpose).not.toBe('');
    for (const mistake of COMMON_MISTAKES) {
      expect(content.commonMistakes[mistake].title, mistake).not.toBe('');
      expect(content.commonMistakes[mistake].tip, mistake).not.toBe('');
    }
    for (const moment of RECOVERY_MOMENTS) expect(content.recoveryMoments[moment], moment).not.toBe('');
    for (const type of BACK_PAIN_TYPES) {
      expect(content.whyWalkingHelps[type].title, type).not.toBe('');
      expect(content.whyWalkingHelps[type].points.length, type).toBeGreaterThanOrEqual(3);
      expect(content.whyWalkingHelps[type].points.length, type).toBeLessThanOrEqual(5);
    }
    for (const item of FAQ_ITEMS) {
      expect(content.faq[item].question, item).not.toBe('');
      expect(content.faq[item].answer, item).not.toBe('');
    }
    for (const cue of SPOKEN_CUES) expect(content.spoken[cue], cue).not.toBe('');
  });

  it('has no empty, padded or shouting text', () => {
    for (const [path, text] of textsOf(content)) {
      expect(text.length, path).toBeGreaterThan(0);
      expect(text, path).toBe(text.trim());
      expect(text, path).not.toMatch(/\s{2,}/);
      expect(text, path).not.toContain('!');
    }
  });

  it('keeps cue labels to 2–5 words', () => {
    for (const cue of CUES) {
      const words = wordCount(content.cues[cue].label);
      expect(words, `${cue}: ${content.cues[cue].label}`).toBeGreaterThanOrEqual(2);
      expect(words, `${cue}: ${content.cues[cue].label}`).toBeLessThanOrEqual(5);
    }
  });

  it('answers each question in 1–3 sentences', () => {
    for (const item of FAQ_ITEMS) {
      const sentences = sentenceCount(content.faq[item].answer);
      expect(sentences, item).toBeGreaterThanOrEqual(1);
      expect(sentences, item).toBeLessThanOrEqual(3);
    }
  });

  it('uses only the placeholders the player fills, and only in spoken texts', () => {
    for (const [path, text] of textsOf(content)) {
      const names = placeholders(text);
      if (!path.startsWith('spoken.')) expect(names, path).toEqual([]);
      for (const name of names) expect(KNOWN_PLACEHOLDERS, path).toContain(name);
    }
    expect(placeholders(content.spoken['start-forward'])).toEqual(['minutes']);
    expect(placeholders(content.spoken['start-retro'])).toEqual(['minutes']);
    expect(placeholders(content.spoken['breathe-in'])).toEqual(['steps']);
    expect(placeholders(content.spoken['breathe-out'])).toEqual(['steps']);
  });

  it('tells the user to call 112 when it is an emergency', () => {
    expect(content.stopNow.callSomeone.some((line) => line.includes('112'))).toBe(true);
    expect(content.stopNow.dizzy.length).toBeGreaterThan(0);
    expect(content.stopNow.pain.length).toBeGreaterThan(0);
  });

  it('has the retro-walking posture cues', () => {
    for (const cue of RETRO_POSTURE_CUES) {
      expect(CUES).toContain(cue);
      expect(content.cues[cue].label.length, cue).toBeGreaterThan(0);
      expect(content.cues[cue].spoken.length, cue).toBeGreaterThan(0);
    }
  });

  it('is what contentFor returns', () => {
    expect(contentFor(locale)).toBe(content);
  });
});

describe('Dutch and English together', () => {
  const dutch = textsOf(nl);
  const english = textsOf(en);

  it('have the same texts in the same places, lists of the same length included', () => {
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders in each text', () => {
    for (const [path, text] of dutch) {
      expect(placeholders(text), path).toEqual(placeholders(english.get(path) ?? ''));
    }
    for (const cue of SPOKEN_CUES) {
      expect(placeholders(nl.spoken[cue]), cue).toEqual(placeholders(en.spoken[cue]));
    }
  });

  it('never leave an English text untranslated in Dutch', () => {
    for (const [path, text] of dutch) {
      expect(text.toLowerCase(), path).not.toBe((english.get(path) ?? '').toLowerCase());
    }
  });

  it('mention 112 in the emergency advice of both languages', () => {
    expect(nl.stopNow.callSomeone.join(' ')).toContain('112');
    expect(en.stopNow.callSomeone.join(' ')).toContain('112');
  });
});

describe('the Dutch catalogue', () => {
  const texts = [...textsOf(nl).entries()];

  it('speaks to the user informally, with "je" and never "u"', () => {
    for (const [path, text] of texts) expect(text, path).not.toMatch(/(^|[^\p{L}])(u|uw)(?![\p{L}])/iu);
  });

  it('sends the user to the huisarts or the huisartsenpost when it is not an emergency', () => {
    const advice = nl.stopNow.callSomeone.join(' ');
    expect(advice).toContain('huisarts ');
    expect(advice).toContain('huisartsenpost');
  });

  it('calls walking backwards "achteruitlopen" and the treadmill "loopband"', () => {
    expect(nl.purposes.retro).toBe('Achteruitlopen');
    expect(nl.faq['retro-walking-safety'].answer).toContain('loopband');
  });
});

describe('what the content must say', () => {
  it.each(LOCALES)('%s: nerve pain points to the safety questions for leg symptoms', (locale) => {
    const points = catalogues[locale]['whyWalkingHelps']['nerve-pain'].points.join(' ');
    expect(points).toMatch(locale === 'nl' ? /veiligheidsvragen/ : /safety questions/);
  });

  it.each(LOCALES)('%s: walking with pain allows up to 5 out of 10', (locale) => {
    expect(catalogues[locale].faq['walk-when-it-hurts'].answer).toMatch(/\b5 (op|out of) 10\b/);
  });

  it.each(LOCALES)('%s: retro-walking starts at about 3 km/h', (locale) => {
    expect(catalogues[locale].faq['retro-walking-safety'].answer).toMatch(/\b3 km/);
  });
});

describe('CONTENT_SOURCES', () => {
  const sources: readonly string[] = SOURCES;

  it('names a source for every cue and every question', () => {
    expect(Object.keys(CONTENT_SOURCES.cues).sort()).toEqual([...CUES].sort());
    expect(Object.keys(CONTENT_SOURCES.faq).sort()).toEqual([...FAQ_ITEMS].sort());
  });

  it('names only sources from the clinical-rules table', () => {
    const { cues, faq, ...single } = CONTENT_SOURCES;
    const all = [...Object.values(cues), ...Object.values(faq), ...Object.values(single)];
    expect(all.length).toBe(CUES.length + FAQ_ITEMS.length + 5);
    for (const source of all) expect(sources).toContain(source);
  });

  it('rests the retro-walking posture and safety cues on the retro-walking article', () => {
    for (const cue of RETRO_POSTURE_CUES) expect(CONTENT_SOURCES.cues[cue], cue).toBe('SEED-RW');
    expect(CONTENT_SOURCES.cues['hold-handrails-safety-key']).toBe('SEED-RW');
    expect(CONTENT_SOURCES.cues['stop-if-dizzy-or-pain']).toBe('SEED-RW');
    expect(CONTENT_SOURCES.cues['relaxed-arm-swing']).toBe('SEED-BP');
    expect(CONTENT_SOURCES.stopNow).toBe('SEED-RW');
    expect(CONTENT_SOURCES.breathing).toBe('SEED-BP');
  });
});
