/**
 * Is a password too easy to guess? zxcvbn-ts estimates it with English and Dutch dictionaries and the
 * person's own email address. The answer is a reason code (the library's feedback key, mapped to the
 * product's few reasons), which the web app words in the person's language.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as dutch from '@zxcvbn-ts/language-nl-be';

/** zxcvbn's score from 0 to 4; 3 is "safely unguessable" for a slowly hashed password. */
export const MIN_SCORE = 3;

/** Why a password is too easy to guess; the app words each reason in the person's language. */
export const WEAKNESSES = ['like-email', 'common', 'repeat', 'series', 'dates', 'guessable'] as const;
export type Weakness = (typeof WEAKNESSES)[number];

/** For API clients and logs-free debugging: plain English. The web app has its own words per locale. */
const MESSAGE: Readonly<Record<Weakness, string>> = {
  'like-email': 'This password is too close to the email address.',
  common: 'This password is a well-known password or word.',
  repeat: 'This password repeats itself (like "aaaa" or "abcabc").',
  series: 'This password is a row of keys or a series (like "12345" or "qwerty").',
  dates: 'This password contains a date or a year.',
  guessable: 'This password is too easy to guess.',
};

const BY_WARNING: Readonly<Record<string, Weakness>> = {
  userInputs: 'like-email',
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  wordByItself: 'common',
  namesByThemselves: 'common',
  commonNames: 'common',
  pwned: 'common',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'series',
  straightRow: 'series',
  keyPattern: 'series',
  recentYears: 'dates',
  dates: 'dates',
};

/** Made on first use: the dictionaries take a moment to load, and only sign-up needs them. */
let estimator: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...dutch.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/** Why `password` is too easy to guess for someone with this email address, or null when it is not. */
export function passwordWeakness(password: string, email: string): Weakness | null {
  const local = email.split('@')[0] ?? '';
  const result = zxcvbn().check(password, [email, local, ...local.split(/[._+-]/)]);
  if (result.score >= MIN_SCORE) return null;
  return BY_WARNING[result.feedback.warning ?? ''] ?? 'guessable';
}

export function weaknessMessage(weakness: Weakness): string {
  return MESSAGE[weakness];
}
