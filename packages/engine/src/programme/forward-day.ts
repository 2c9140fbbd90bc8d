/**
 * How a day's forward-walking minutes are split over the day (SEED-BP): a calm morning walk, a short
 * walking break in the afternoon, evening walks for sleep, and at the weekend one somewhat longer walk.
 */
import type { PartOfDay, SessionPurpose } from '../codes.js';
import { TARGET_DAILY } from '../rules/start-dose.js';
import { SPLIT_EVENING_FROM_DAILY } from './forward-walking.js';

export interface Block {
  minutes: number;
  partOfDay: PartOfDay;
  purpose: SessionPurpose;
}

/** The SEED-BP afternoon walking break. */
const WALKING_BREAK = 5;
/** Evening walks longer than this are split in two (SEED-BP: 2 × 10 minutes). */
const MAX_EVENING_WALK = 10;
/** The weekend's longer walk starts once the daily total allows a real difference. */
export const LONG_WALK_FROM_DAILY = 15;
/** Share of the day's minutes in the weekend's longer walk: "somewhat longer, not suddenly much more". */
const LONG_WALK_SHARE = 0.6;

function evening(minutes: number, split: boolean): Block[] {
  if (minutes <= 0) return [];
  if (!split || minutes <= MAX_EVENING_WALK) return [{ minutes, partOfDay: 'evening', purpose: 'sleep' }];
  const first = Math.ceil(minutes / 2);
  return [
    { minutes: first, partOfDay: 'evening', purpose: 'sleep' },
    { minutes: minutes - first, partOfDay: 'evening', purpose: 'sleep' },
  ];
}

/** A weekday with `daily` minutes (whole minutes). */
export function weekdayBlocks(daily: number): Block[] {
  if (daily <= 0) return [];
  if (daily < 6) {
    const morning = Math.ceil(daily / 2);
    return [
      { minutes: morning, partOfDay: 'morning', purpose: 'calm-start' },
      ...evening(daily - morning, false),
    ];
  }
  let morning: number;
  let afternoon: number;
  if (daily < 20) {
    const base = Math.floor(daily / 3);
    const rest = daily - 3 * base;
    morning = base + (rest > 0 ? 1 : 0);
    afternoon = base;
  } else if (daily <= TARGET_DAILY) {
    afternoon = WALKING_BREAK;
    morning = Math.round(((daily - WALKING_BREAK) * 10) / 30);
  } else {
    morning = Math.round((daily * 10) / TARGET_DAILY);
    afternoon = Math.round((daily * WALKING_BREAK) / TARGET_DAILY);
  }
  return [
    { minutes: morning, partOfDay: 'morning', purpose: 'calm-start' },
    { minutes: afternoon, partOfDay: 'afternoon', purpose: 'walking-break' },
    ...evening(daily - morning - afternoon, daily >= SPLIT_EVENING_FROM_DAILY),
  ];
}

/** The weekend day with one somewhat longer walk; the rest of the minutes stay in short walks. */
export function longWalkDayBlocks(daily: number): Block[] {
  if (daily < LONG_WALK_FROM_DAILY) return weekdayBlocks(daily);
  const long = Math.round(daily * LONG_WALK_SHARE);
  const rest = daily - long;
  const blocks: Block[] = [{ minutes: long, partOfDay: 'any', purpose: 'long-walk' }];
  if (rest >= 6) {
    const morning = Math.ceil(rest / 2);
    blocks.unshift({ minutes: morning, partOfDay: 'morning', purpose: 'calm-start' });
    blocks.push({ minutes: rest - morning, partOfDay: 'evening', purpose: 'sleep' });
  } else if (rest > 0) {
    blocks.unshift({ minutes: rest, partOfDay: 'morning', purpose: 'calm-start' });
  }
  return blocks;
}

/** After a step back (KNGF C.2.1): split walks into shorter blocks rather than stop walking. */
export function splitIntoShorterBlocks(blocks: readonly Block[], longest: number): Block[] {
  const result: Block[] = [];
  for (const block of blocks) {
    let left = block.minutes;
    const pieces = Math.ceil(left / longest);
    for (let i = pieces; i > 0; i--) {
      const minutes = Math.ceil(left / i);
      result.push({
        ...block,
        minutes,
        purpose: block.purpose === 'long-walk' ? 'daily-walk' : block.purpose,
      });
      left -= minutes;
    }
  }
  return result;
}

/**
 * Keeps every walk within `cap` minutes (SPIKE) without losing minutes: a walk over the cap is trimmed,
 * and what it loses goes to the shorter walks of the day, or into an extra walk when they are full.
 */
export function fitUnderCap(blocks: readonly Block[], cap: number): Block[] {
  const limit = Math.max(1, Math.floor(cap));
  const result = blocks.map((block) => ({ ...block }));
  let excess = 0;
  for (const block of result) {
    if (block.minutes > limit) {
      excess += block.minutes - limit;
      block.minutes = limit;
    }
  }
  for (const block of [...result].sort((a, b) => a.minutes - b.minutes)) {
    if (excess <= 0) break;
    const room = Math.min(limit - block.minutes, excess);
    block.minutes += room;
    excess -= room;
  }
  while (excess > 0) {
    const minutes = Math.min(limit, excess);
    result.push({ minutes, partOfDay: 'any', purpose: 'daily-walk' });
    excess -= minutes;
  }
  return result;
}
