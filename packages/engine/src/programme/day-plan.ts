/**
 * One day's sessions (docs/clinical-rules.md §3–4): the forward blocks of the forward programme, and on
 * retro-walking days the retro session placed straight after a forward walk that serves as its warm-up.
 * How many minutes each part gets is decided before (rules/total-load-cap.ts); this only lays them out.
 */
import type { Cue, SessionPurpose } from '../codes.js';
import type { Breathing, Session, Treadmill } from '../output.js';
import {
  fitUnderCap,
  longWalkDayBlocks,
  splitIntoShorterBlocks,
  weekdayBlocks,
  type Block,
} from './forward-day.js';

/** Below this many forward minutes on a retro day, they form one warm-up walk. */
export const MIN_MINUTES_TO_SPLIT_WITH_RETRO = 6;

/** After a step back, no single forward walk is longer than this (KNGF C.2.1: shorter blocks)… */
export const SHORT_BLOCK_MINUTES = 5;
/** …unless that would make more than this many walks a day: too many to fit into a day, for anyone. */
export const MOST_SHORT_BLOCKS = 4;

const FORWARD_CUES: Record<SessionPurpose, Cue[]> = {
  'calm-start': ['calm-breathing', 'relaxed-tempo', 'relaxed-arm-swing'],
  'walking-break': ['let-hips-move', 'relaxed-arm-swing', 'take-breaks-early'],
  sleep: ['calm-breathing', 'relaxed-tempo'],
  'long-walk': ['vary-tempo-and-surface', 'small-steps-soft-landing', 'take-breaks-early'],
  'daily-walk': ['relaxed-arm-swing', 'let-hips-move', 'relaxed-tempo'],
  'warm-up': ['relaxed-tempo', 'let-hips-move'],
  retro: [],
};

export interface ForwardDayInput {
  minutes: number;
  longWalkDay: boolean;
  shortBlocks: boolean;
  /** The longest a forward walk may be today (SPIKE). */
  cap: number;
  exhaleSteps: 4 | 5;
}

export interface RetroSessionInput {
  minutes: number;
  treadmill: Treadmill | null;
  supervised: boolean;
  cues: Cue[];
}

export interface DayPlan {
  sessions: Session[];
  /** True when the spike cap split a walk. */
  capped: boolean;
}

/**
 * The breathing of forward walks, one object per rhythm shared by every session like
 * `RETRO_BREATHING` below: a plan has hundreds of walks, and nothing changes a session once made.
 */
const FORWARD_BREATHING: Readonly<Record<4 | 5, Breathing>> = {
  4: { inhaleSteps: 3, exhaleSteps: 4 },
  5: { inhaleSteps: 3, exhaleSteps: 5 },
};

/** A forward walk; `purpose` says what it is for when that is not the block's own (a warm-up). */
function forwardSession(
  block: Readonly<Block>,
  exhaleSteps: 4 | 5,
  purpose: SessionPurpose = block.purpose,
): Session {
  return {
    kind: 'forward',
    minutes: block.minutes,
    partOfDay: block.partOfDay,
    purpose,
    treadmill: null,
    supervised: false,
    breathing: FORWARD_BREATHING[exhaleSteps],
    cues: FORWARD_CUES[purpose],
  };
}

const RETRO_BREATHING: Breathing = { inhaleSteps: 3, exhaleSteps: 4 };

function retroSession(retro: RetroSessionInput, partOfDay: Session['partOfDay']): Session {
  return {
    kind: 'retro',
    minutes: retro.minutes,
    partOfDay,
    purpose: 'retro',
    treadmill: retro.treadmill,
    supervised: retro.supervised,
    breathing: RETRO_BREATHING,
    cues: retro.cues,
  };
}

/** The forward blocks of the back-pain programme for one day, within the spike cap. */
export function forwardBlocks(input: ForwardDayInput): { blocks: Layout; capped: boolean } {
  let blocks = layout(input.minutes, input.longWalkDay && !input.shortBlocks, input.shortBlocks);
  const capped = anyLongerThan(blocks, input.cap);
  if (capped) blocks = fitUnderCap(blocks, input.cap);
  return { blocks, capped };
}

/** A day's blocks, possibly shared with other days: read them, never change them. */
type Layout = ReadonlyArray<Readonly<Block>>;

/** Layouts made before, by minutes and kind of day. A plan has the same few dozen day after day. */
const LAYOUTS = new Map<number, Layout>();
/** Doses above this are not remembered (the programme stays far below it). */
const MAX_REMEMBERED_MINUTES = 600;

/** The day's blocks before the spike cap. */
function layout(minutes: number, longWalkDay: boolean, shortBlocks: boolean): Layout {
  const remembered = Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_REMEMBERED_MINUTES;
  const key = minutes * 4 + (longWalkDay ? 2 : 0) + (shortBlocks ? 1 : 0);
  let blocks = remembered ? LAYOUTS.get(key) : undefined;
  if (blocks === undefined) {
    blocks = longWalkDay ? longWalkDayBlocks(minutes) : weekdayBlocks(minutes);
    if (shortBlocks)
      blocks = splitIntoShorterBlocks(
        blocks,
        Math.max(SHORT_BLOCK_MINUTES, Math.ceil(minutes / MOST_SHORT_BLOCKS)),
      );
    if (remembered) LAYOUTS.set(key, blocks);
  }
  return blocks;
}

function anyLongerThan(blocks: readonly Block[], cap: number): boolean {
  for (const block of blocks) if (block.minutes > cap) return true;
  return false;
}

/**
 * A day of walking, with a retro session when there is one today. The retro session follows the
 * afternoon walk (or else the last walk before the evening), which becomes its warm-up.
 */
export function composeDay(forward: ForwardDayInput, retro: RetroSessionInput | null): DayPlan {
  if (retro !== null && forward.minutes < MIN_MINUTES_TO_SPLIT_WITH_RETRO) {
    // Too few forward minutes to split: they all become the warm-up, so it is not a one-minute stroll.
    const warmUp: Block = { minutes: forward.minutes, partOfDay: 'any', purpose: 'warm-up' };
    return {
      sessions: [forwardSession(warmUp, forward.exhaleSteps), retroSession(retro, 'any')],
      capped: false,
    };
  }
  const { blocks, capped } = forwardBlocks(forward);
  const warmUp = retro === null ? -1 : warmUpIndex(blocks);
  const sessions: Session[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Readonly<Block>;
    if (i !== warmUp) {
      sessions.push(forwardSession(block, forward.exhaleSteps));
    } else if (retro !== null) {
      sessions.push(forwardSession(block, forward.exhaleSteps, 'warm-up'));
      sessions.push(retroSession(retro, block.partOfDay));
    }
  }
  return { sessions, capped };
}

/** The walk before the retro session: the afternoon walk, else the last morning walk, else the last. */
function warmUpIndex(blocks: readonly Block[]): number {
  let morning = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const part = blocks[i]?.partOfDay;
    if (part === 'afternoon') return i;
    if (part === 'morning' && morning < 0) morning = i;
  }
  return morning >= 0 ? morning : blocks.length - 1;
}
