// Preloaded into the server the browser tests start (`node --import`): its clock reads
// WANDELCOACH_E2E_NOW when it starts and runs on from there, in step with the pages' clocks
// (pinned-clock.ts). Only the tests load this file; the server itself has no way to set its clock.
const pinned = Date.parse(process.env.WANDELCOACH_E2E_NOW ?? '');
if (Number.isNaN(pinned)) {
  throw new Error('shifted-clock.mjs: WANDELCOACH_E2E_NOW must be a time such as 2026-11-18T08:30:00Z');
}

const RealDate = Date;
const offset = pinned - RealDate.now();

/** Date as it was, only "now" is moved by the same offset everywhere. */
class ShiftedDate extends RealDate {
  /** @param {...(string | number | Date)} args */
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    // @ts-expect-error -- Date takes one to seven arguments, passed on as they came.
    else super(...args);
  }

  static now() {
    return RealDate.now() + offset;
  }
}

globalThis.Date = ShiftedDate;
