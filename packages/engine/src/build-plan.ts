/**
 * `buildPlan`: intake + walking log + today → triage, a day-by-day plan, and the decisions behind it.
 *
 * The plan is replayed from its first day. Weeks that have passed are shaped by what the log says
 * (clinical-rules §5); weeks from today on are a projection that assumes the coming weeks go well.
 */
import { isFlareMorning, longFlareDay, reviewWeek, type WeekReview } from './adaptation/week-review.js';
import { spikeCap, WalkHistory, SPIKE_WINDOW_DAYS } from './adaptation/walk-history.js';
import { dayNumber, isoDate, weekday, type DayNumber } from './dates.js';
import type { DecisionRecord, PlanDay, PlanOutput, PlanWeek, Reason } from './output.js';
import { backPainDose, MAX_STEP_PER_WEEK, MIN_DAILY, type BackPainDose } from './programme/back-pain.js';
import {
  backPainDay,
  forwardMinutesOnRetroDay,
  forwardOnlyDay,
  retroOnlyDay,
  type DayPlan,
} from './programme/day-plan.js';
import {
  floorToHalf,
  retroAvailability,
  retroDays,
  startWeekly,
  TREADMILL_STEP_KMH,
  WEEKLY_GROWTH,
  type RetroAvailability,
  type RetroDose,
} from './programme/retro.js';
import { evidenceNotes } from './evidence-notes.js';
import { message } from './i18n/index.js';
import { firstOnOrAfter, sortByDay, type LogByDay } from './log-by-day.js';
import { reason } from './reasons.js';
import type { Intake, WalkLog } from './schema.js';
import { assessTriage, NO_EVENTS, type TriageEvents, type TriageFindings } from './triage/assess.js';
import { validatePlanInput, type PlanInput } from './validation.js';

/** About three quarters of the dose after a flare (clinical-rules §5: 70–80%). */
const REGRESS_SHARE = 0.75;
/** Treadmill speed after a step back. */
const REGRESS_KMH = 0.5;
/** Red flags are asked again for two weeks after a fall, new signs or a flare. */
const RECHECK_DAYS = 14;
/** Forward minutes on retro days while retro-walking waits (retro-only goal): SEED-BP's start. */
const WAITING_FORWARD_MINUTES = 10;

/**
 * Builds the plan for an intake and a walking log, as of `today`.
 *
 * @throws {PlanInputError} listing every field that breaks the contract.
 * @example
 * buildPlan({ intake, logs: [], today: '2026-11-23', weeks: 12 }).plan?.weeks.length; // 12
 */
export function buildPlan(input: PlanInput): PlanOutput {
  const valid = validatePlanInput(input);
  return new PlanReplay(valid.intake, valid.logs, valid.logDays, dayNumber(valid.today), valid.weeks).run();
}

interface Dose {
  forwardDaily: number;
  retroWeekly: number;
  speedKmh: number;
  shortBlocks: boolean;
}

/**
 * Every dose is made by this one function, never by spreading another: objects of one shape keep
 * reading and copying them fast (spread copies of these went through V8's slow path, as a profile
 * showed).
 */
function newDose(forwardDaily: number, retroWeekly: number, speedKmh: number, shortBlocks: boolean): Dose {
  return { forwardDaily, retroWeekly, speedKmh, shortBlocks };
}

function copyDose(dose: Dose, shortBlocks: boolean): Dose {
  return newDose(dose.forwardDaily, dose.retroWeekly, dose.speedKmh, shortBlocks);
}

function withRetroWeekly(dose: Dose, retroWeekly: number): Dose {
  return newDose(dose.forwardDaily, retroWeekly, dose.speedKmh, dose.shortBlocks);
}

class PlanReplay {
  private readonly locale: Intake['locale'];
  private readonly startDay: DayNumber;
  private readonly history: WalkHistory;
  /** The log by day. */
  private readonly log: LogByDay;
  private readonly hasBackPain: boolean;
  private readonly hasRetro: boolean;
  private readonly decisions: DecisionRecord[] = [];
  /** The day a flare had lasted over a week (§5), if it did. */
  private readonly longFlareOn: DayNumber | null;
  /** The day a GP or physiotherapist cleared the person, when the intake says so. */
  private readonly professionalClearanceDay: DayNumber | null;
  /** The day a GP cleared the person, when the intake says so. */
  private readonly clearanceDay: DayNumber | null;

  private events: TriageEvents = { newSymptoms: [], falls: [], longFlare: false, repeatedRegress: false };
  private findings: TriageFindings;
  private backPain: BackPainDose | null = null;
  private retro: RetroAvailability | null = null;
  /** From this day retro-walking is stopped (dizziness or a fall), until a professional clears it. */
  private retroStoppedOn: DayNumber | null = null;
  private nextLog = 0;
  /** Dizziness was logged during a walk: retro-walking comes back only supervised. */
  private dizzinessLogged = false;
  /** Whether last week had a retro session on every one of its retro days. */
  private previousRetroComplete = false;
  /** Last week's most forward-walking minutes on one day. */
  private previousBusiestForward = 0;
  private dose: Dose;
  private lastWellTolerated: Dose | null = null;
  private regressStreak = 0;
  private pendingReasons: Reason[] = [];

  constructor(
    private readonly intake: Intake,
    logs: readonly WalkLog[],
    logDays: readonly DayNumber[],
    private readonly today: DayNumber,
    private readonly weeks: number,
  ) {
    this.locale = intake.locale;
    this.startDay = intake.startDate === undefined ? today : dayNumber(intake.startDate);
    this.hasBackPain = intake.goals.includes('back-pain');
    this.hasRetro = intake.goals.includes('retro-walking');
    // The log comes in any order; replay needs it by date. Within a day only safety events depend on
    // order (everything else is summed or maximised), so those get an order of their own when applied.
    this.log = sortByDay(logs, logDays);
    this.longFlareOn = longFlareDay(this.log, intake.painNow, today);
    const lastDay = this.startDay + weeks * 7 - 1;
    this.history = new WalkHistory(this.startDay - SPIKE_WINDOW_DAYS - 1, lastDay);
    // What the person says they can walk comfortably now counts as a walk just before the plan starts.
    const comfortable = intake.comfortableWalkMinutes;
    if (comfortable !== undefined && comfortable > 0)
      this.history.record(this.startDay - 1, 'forward', comfortable);
    const { entries, days } = this.log;
    for (let i = 0; i < entries.length; i++) {
      const day = days[i] ?? today;
      const log = entries[i] as WalkLog;
      if (day < today) this.history.record(day, log.kind, log.minutes);
    }

    this.professionalClearanceDay = intake.clearedBy ? dayNumber(intake.clearedBy.date) : null;
    this.clearanceDay = intake.clearedBy?.by === 'gp' ? this.professionalClearanceDay : null;
    this.findings = assessTriage(intake, this.events, this.startDay);
    this.refreshProgrammes();
    this.dose = this.startingDose();
  }

  run(): PlanOutput {
    this.consumeLogsBefore(this.startDay);
    const weeks: PlanWeek[] = [];
    for (let week = 1; week <= this.weeks; week++) weeks.push(this.planWeek(week, weeks[week - 2]));
    // Events on or after the plan's last day still count for today's triage.
    this.consumeLogsBefore(this.today + 1);

    const finalTriage = assessTriage(this.intake, this.events, this.today);
    const triage = {
      level: finalTriage.level,
      reasons: finalTriage.reasons,
      riskProfile: finalTriage.riskProfile,
      recheckRedFlags: this.recheckRedFlags(),
    };
    if (triage.recheckRedFlags) triage.reasons.push(reason(this.locale, 'recheck-red-flags', 'KNGF-B.1.3'));
    if (this.retroDose()?.supervised === true && this.retroStoppedOn === null) {
      triage.reasons.push(reason(this.locale, 'supervised-retro', 'STEADI'));
    }
    if (finalTriage.planLevel === null) {
      // No plan. When the log stopped it, keep what has happened, so the person sees why.
      // When the intake alone rules out a plan there is no history to show either.
      const blockedByIntake = assessTriage(this.intake, NO_EVENTS, this.today).planLevel === null;
      const decisions = blockedByIntake ? [] : this.decisions.filter((d) => !d.projected);
      return { locale: this.locale, triage, plan: null, decisions, notes: [] };
    }
    return {
      locale: this.locale,
      triage,
      plan: { startDate: isoDate(this.startDay), weeks },
      decisions: this.decisions,
      notes: evidenceNotes(this.intake, this.retro?.available === true),
    };
  }

  // ---- programmes ---------------------------------------------------------------------------------

  private refreshProgrammes(): void {
    const gentle = this.findings.planLevel === 'routine-assessment';
    if (this.hasBackPain) this.backPain = backPainDose(this.intake, gentle);
    if (this.hasRetro) {
      this.retro = retroAvailability(this.intake, {
        assessmentPending: gentle,
        loggedFall: this.events.falls.length > 0,
        loggedDizziness: this.dizzinessLogged,
      });
    }
  }

  /** After a stop, retro-walking starts again from the beginner dose once a professional has cleared it. */
  private resumeRetroIfCleared(day: DayNumber): void {
    const retro = this.retroDose();
    if (retro === null || this.retroStoppedOn === null || day < this.retroStoppedOn || this.retroStopped(day))
      return;
    this.retroStoppedOn = null;
    this.dose = withRetroWeekly(this.dose, startWeekly(retro));
    const cleared = this.intake.clearedBy;
    if (cleared) {
      const who = message(this.locale, cleared.by === 'gp' ? 'who.gp' : 'who.physio');
      this.pendingReasons.push(reason(this.locale, 'retro.cleared', 'SEED-RW', { who, date: cleared.date }));
    }
  }

  private retroDose(): RetroDose | null {
    return this.retro?.available === true ? this.retro.dose : null;
  }

  private startingDose(): Dose {
    const retro = this.retroDose();
    return newDose(
      this.backPain?.startDaily ?? 0,
      retro ? startWeekly(retro) : 0,
      retro?.treadmill?.startKmh ?? 0,
      false,
    );
  }

  // ---- the log as it happened ---------------------------------------------------------------------

  /** Applies the log's safety events of every day before `day`. */
  private consumeLogsBefore(day: DayNumber): void {
    const { entries, days } = this.log;
    let events: number[] | undefined;
    while (this.nextLog < entries.length) {
      const index = this.nextLog;
      if ((days[index] ?? day) >= day) break;
      this.nextLog++;
      const log = entries[index] as WalkLog;
      if (log.dizziness || log.fall || log.newSymptoms.length > 0) (events ??= []).push(index);
    }
    if (events === undefined) return;
    // By day, then by content, so that the same walks in another order replay the same way.
    events.sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0) || byContent(entries[a], entries[b]));
    for (const index of events) this.applySafetyEvents(entries[index] as WalkLog, days[index] ?? day);
  }

  private applySafetyEvents(log: WalkLog, day: DayNumber): void {
    const hadPlan = this.findings.planLevel !== null;
    // An event acts from the next day; one logged today acts on the rest of today too.
    const from = day === this.today ? day : day + 1;
    let retriage = false;
    if (log.newSymptoms.length > 0) {
      this.events = {
        ...this.events,
        newSymptoms: [...this.events.newSymptoms, { date: log.date, flags: log.newSymptoms }],
      };
      retriage = true;
    }
    if (log.fall) {
      this.events = { ...this.events, falls: [...this.events.falls, log.date] };
      retriage = true;
    }
    if (log.dizziness && !this.dizzinessLogged) {
      this.dizzinessLogged = true;
      retriage = true;
    }
    // SEED-RW: dizziness or a fall stops retro-walking until a professional has looked.
    const retroActive = this.retroDose() !== null && this.retroStoppedOn === null;
    if (retroActive && (log.dizziness || (log.fall && log.kind === 'retro'))) {
      this.retroStoppedOn = from;
      this.addEventDecision(from, 'stop-retro', [
        log.dizziness
          ? reason(this.locale, 'decision.stop-retro.dizziness', 'SEED-RW', { date: log.date })
          : reason(this.locale, 'decision.stop-retro.fall', 'SEED-RW', { date: log.date }),
      ]);
    }
    if (!retriage) return;
    this.retriage(from);
    if (hadPlan && this.findings.planLevel === null) {
      this.addEventDecision(from, 'pause', [
        reason(this.locale, 'decision.pause', 'KNGF-B.1.3', { date: log.date }),
      ]);
    }
  }

  private retriage(asOf: DayNumber): void {
    const before = this.findings.planLevel;
    const wasSupervised = this.retroDose()?.supervised ?? false;
    this.findings = assessTriage(this.intake, this.events, asOf);
    this.refreshProgrammes();
    const retro = this.retroDose();
    if (retro?.supervised === true && !wasSupervised) {
      // STEADI / SEED-RW: once supervision is needed, retro-walking starts again at the beginner dose.
      this.dose = withRetroWeekly(this.dose, Math.min(this.dose.retroWeekly, startWeekly(retro)));
    }
    if (before === null && this.findings.planLevel !== null) {
      this.pendingReasons.push(
        reason(this.locale, 'decision.resumed', 'KNGF-B.1.3', { date: isoDate(asOf) }),
      );
    }
  }

  private addEventDecision(day: DayNumber, decision: 'stop-retro' | 'pause', reasons: Reason[]): void {
    const week = Math.max(1, Math.floor((day - this.startDay) / 7) + 1);
    this.decisions.push({
      week,
      decision,
      reasons,
      date: isoDate(Math.max(day, this.startDay)),
      projected: false,
    });
  }

  private recheckRedFlags(): boolean {
    const { entries } = this.log;
    for (let i = firstOnOrAfter(this.log, this.today - RECHECK_DAYS); i < entries.length; i++) {
      const log = entries[i];
      if (log === undefined) break;
      if (log.fall || log.newSymptoms.length > 0) return true;
      if (log.painNextMorning !== null && isFlareMorning(log.painNextMorning, this.intake.painNow))
        return true;
    }
    return false;
  }

  /** Retro-walking is stopped on `day` unless a professional cleared it after the event. */
  private retroStopped(day: DayNumber): boolean {
    if (this.retroStoppedOn === null || day < this.retroStoppedOn) return false;
    const cleared = this.professionalClearanceDay;
    return !(cleared !== null && cleared >= this.retroStoppedOn - 1 && day > cleared);
  }

  // ---- weeks --------------------------------------------------------------------------------------

  private planWeek(week: number, previous: PlanWeek | undefined): PlanWeek {
    const weekStart = this.startDay + (week - 1) * 7;
    const projected = weekStart > this.today;
    const decisionAt = this.decisions.length;
    let decision: DecisionRecord;
    if (previous === undefined) {
      decision = this.startDecision(projected);
    } else {
      // Safety events of last week are applied before its review, so a stop is never missed.
      this.consumeLogsBefore(weekStart);
      decision = this.reviewDecision(week, previous, weekStart, projected);
    }
    // Before the stops and pauses of the week before, if it had any.
    if (decisionAt === this.decisions.length) this.decisions.push(decision);
    else this.decisions.splice(decisionAt, 0, decision);
    const forwardCeiling =
      previous === undefined ? Infinity : this.previousBusiestForward + MAX_STEP_PER_WEEK;
    if (previous !== undefined) this.limitRetroGrowth(previous);

    const days: PlanDay[] = [];
    let forwardMinutes = 0;
    let retroMinutes = 0;
    let retroSessions = 0;
    let busiestForward = 0;
    let capped = false;
    for (let offset = 0; offset < 7; offset++) {
      const day = weekStart + offset;
      // Today's own events count for today already: the person looks at today's plan after the walk
      // that went wrong, and what is left of today must be safe too.
      this.consumeLogsBefore(day === this.today ? day + 1 : day);
      if (day === this.clearanceDay) this.retriage(day);
      this.resumeRetroIfCleared(day);
      // Read per day: a stop, a resumption or new supervision can change the dose mid-week.
      const plan = this.planDay(day, offset, this.retroMinutesOn(offset), forwardCeiling);
      capped ||= plan.capped;
      let dayForward = 0;
      for (const session of plan.sessions) {
        if (session.kind === 'forward') {
          forwardMinutes += session.minutes;
          dayForward += session.minutes;
        } else {
          retroMinutes += session.minutes;
          retroSessions++;
        }
        // From today on, the plan's own walks are what the next walks are measured against.
        if (day >= this.today) this.history.record(day, session.kind, session.minutes);
      }
      days.push({ date: isoDate(day), sessions: plan.sessions });
      if (dayForward > busiestForward) busiestForward = dayForward;
    }
    // What next week's forward walking may grow from (KNGF C.2.2).
    this.previousBusiestForward = busiestForward;
    if (capped) decision.reasons.push(reason(this.locale, 'spike-cap', 'SPIKE'));
    // A full week of retro-walking is what the next week grows from (the spike cap may have shortened
    // it); a week cut short by a stop or a pause says nothing about the dose.
    const retro = this.retroDose();
    this.previousRetroComplete = retro !== null && retroSessions === retro.days.length;
    if (this.previousRetroComplete) {
      this.dose = withRetroWeekly(this.dose, Math.min(this.dose.retroWeekly, retroMinutes));
    }
    return { week, startDate: isoDate(weekStart), projected, totals: { forwardMinutes, retroMinutes }, days };
  }

  /**
   * Retro-walking grows at most 10% on what the previous full week had (SEED-RW); after a week without
   * it, or cut short by a stop or a pause, it starts again from at most its starting dose.
   */
  private limitRetroGrowth(previous: PlanWeek): void {
    const retro = this.retroDose();
    if (retro === null) return;
    const limit = this.previousRetroComplete
      ? floorToHalf(previous.totals.retroMinutes * WEEKLY_GROWTH)
      : startWeekly(retro);
    if (this.dose.retroWeekly > limit) this.dose = withRetroWeekly(this.dose, limit);
  }

  private startDecision(projected: boolean): DecisionRecord {
    const reasons: Reason[] = [...(this.backPain?.reasons ?? [])];
    if (this.retro) reasons.push(...(this.retro.available ? this.retro.dose.reasons : this.retro.reasons));
    return { week: 1, decision: 'start', reasons, date: isoDate(this.startDay), projected };
  }

  private reviewDecision(
    week: number,
    previous: PlanWeek,
    weekStart: DayNumber,
    projected: boolean,
  ): DecisionRecord {
    const previousStart = weekStart - 7;
    let review: WeekReview = { outcome: 'progress', reasons: [] };
    if (previousStart <= this.today) {
      // A week still under way counts its pain signals already, but its minutes cannot be judged yet.
      const underWay = weekStart > this.today;
      review = reviewWeek(
        this.locale,
        this.intake.painNow,
        this.weekSummary(previous, previousStart),
        underWay,
      );
      if (!underWay) this.afterPastReview(review, weekStart);
    }
    const reasons = [...this.pendingReasons, ...review.reasons];
    this.pendingReasons = [];
    const decision = this.applyOutcome(review.outcome, reasons);
    if (projected) reasons.push(reason(this.locale, 'decision.projection', 'KNGF-C.2.2'));
    return { week, decision, reasons, date: isoDate(weekStart), projected };
  }

  private weekSummary(week: PlanWeek, weekStart: DayNumber) {
    // The log is sorted by day: the week's walks lie between two bisections.
    const end = Math.min(weekStart + 7, this.today);
    const from = firstOnOrAfter(this.log, weekStart);
    const logs = this.log.entries.slice(from, firstOnOrAfter(this.log, end));
    return { plannedMinutes: week.totals.forwardMinutes + week.totals.retroMinutes, logs };
  }

  /** Re-triage after a reviewed week: a long flare or repeated step-backs need a professional (§5). */
  private afterPastReview(review: WeekReview, weekStart: DayNumber): void {
    this.regressStreak = review.outcome === 'regress' ? this.regressStreak + 1 : 0;
    const longFlare = this.longFlareOn !== null && this.longFlareOn < weekStart;
    const repeatedRegress = this.events.repeatedRegress || this.regressStreak >= 2;
    if (longFlare !== this.events.longFlare || repeatedRegress !== this.events.repeatedRegress) {
      this.events = { ...this.events, longFlare, repeatedRegress };
      this.retriage(weekStart);
    }
  }

  /** Turns a review into next week's dose; the decision says what actually changed. */
  private applyOutcome(outcome: WeekReview['outcome'], reasons: Reason[]): DecisionRecord['decision'] {
    const locale = this.locale;
    const before = this.dose;
    const retro = this.retroDose();
    const retroOn = retro !== null && this.retroStoppedOn === null;
    switch (outcome) {
      case 'hold':
        return 'hold';
      case 'progress': {
        let changed = false;
        const next = copyDose(before, false);
        if (this.backPain) {
          next.forwardDaily = Math.min(this.backPain.targetDaily, before.forwardDaily + this.backPain.step);
          if (next.forwardDaily > before.forwardDaily) {
            changed = true;
            reasons.push(
              reason(locale, 'decision.progress.forward', 'KNGF-C.2.2', {
                from: before.forwardDaily,
                to: next.forwardDaily,
              }),
            );
          } else {
            reasons.push(
              reason(locale, 'decision.target-reached', 'SEED-BP', { target: this.backPain.targetDaily }),
            );
          }
        }
        if (retroOn) {
          const ceiling = retro.targetSession * retro.days.length;
          next.retroWeekly = Math.min(
            ceiling,
            Math.max(before.retroWeekly, floorToHalf(before.retroWeekly * WEEKLY_GROWTH)),
          );
          if (next.retroWeekly > before.retroWeekly) {
            changed = true;
            reasons.push(
              reason(locale, 'decision.progress.retro', 'SEED-RW', {
                from: before.retroWeekly,
                to: next.retroWeekly,
              }),
            );
          } else {
            reasons.push(
              reason(locale, 'decision.retro-target-reached', 'SEED-RW', { target: retro.targetSession }),
            );
          }
          if (retro.treadmill && before.speedKmh < retro.treadmill.maxKmh) {
            next.speedKmh = Math.min(
              retro.treadmill.maxKmh,
              Math.round((before.speedKmh + TREADMILL_STEP_KMH) * 10) / 10,
            );
            changed = true;
            reasons.push(
              reason(locale, 'decision.progress.speed', 'SEED-RW', {
                from: before.speedKmh,
                to: next.speedKmh,
              }),
            );
          }
        } else if (this.hasRetro) {
          reasons.push(reason(locale, 'decision.retro-waiting', 'SEED-RW'));
        }
        this.lastWellTolerated = before;
        this.dose = next;
        return changed ? 'progress' : 'hold';
      }
      case 'regress': {
        const earlier = this.lastWellTolerated;
        const next = copyDose(before, true);
        if (this.backPain) {
          if (earlier && earlier.forwardDaily < before.forwardDaily) {
            next.forwardDaily = earlier.forwardDaily;
            reasons.push(
              reason(locale, 'decision.regress.to-earlier', 'KNGF-C.2.1', { minutes: next.forwardDaily }),
            );
          } else {
            next.forwardDaily = Math.max(MIN_DAILY, Math.round(before.forwardDaily * REGRESS_SHARE));
            reasons.push(
              reason(locale, 'decision.regress.reduced', 'KNGF-C.2.1', { minutes: next.forwardDaily }),
            );
          }
        }
        if (retroOn) {
          next.retroWeekly =
            earlier && earlier.retroWeekly > 0 && earlier.retroWeekly < before.retroWeekly
              ? earlier.retroWeekly
              : Math.max(retro.days.length, floorToHalf(before.retroWeekly * REGRESS_SHARE));
          reasons.push(reason(locale, 'decision.regress.retro', 'KNGF-C.2.1', { minutes: next.retroWeekly }));
          if (retro.treadmill)
            next.speedKmh = Math.max(retro.treadmill.startKmh, before.speedKmh - REGRESS_KMH);
        }
        reasons.push(reason(locale, 'decision.regress.shorter-blocks', 'KNGF-C.2.1'));
        this.dose = next;
        return 'regress';
      }
    }
  }

  // ---- days ---------------------------------------------------------------------------------------

  /** The week's retro minutes on one of its days: spread in half minutes, the larger shares first. */
  private retroMinutesOn(offset: number): number {
    const retro = this.retroDose();
    if (retro === null) return 0;
    const index = retro.days.indexOf(offset);
    if (index < 0) return 0;
    const halves = Math.round(this.dose.retroWeekly * 2);
    const count = retro.days.length;
    const base = Math.floor(halves / count);
    return (base + (index < halves - base * count ? 1 : 0)) / 2;
  }

  /** `forwardCeiling`: at most 5 minutes a day more than the busiest day of last week (KNGF C.2.2). */
  private planDay(day: DayNumber, offset: number, retroPlanned: number, forwardCeiling: number): DayPlan {
    if (this.findings.planLevel === null) return { sessions: [], capped: false };
    const retro = this.retroDose();
    let retroSession = null;
    if (retro !== null && retroPlanned > 0 && !this.retroStopped(day)) {
      const cap = spikeCap(this.history.longestBefore(day, 'retro'), retro.startSession);
      retroSession = {
        minutes: Math.min(retroPlanned, cap),
        treadmill: retro.treadmill
          ? { speedKmh: this.dose.speedKmh, inclinePercent: retro.treadmill.inclinePercent }
          : null,
        supervised: retro.supervised,
        cues: retro.cues,
      };
    }
    const forwardCap = spikeCap(this.history.longestBefore(day, 'forward'), 0);
    if (this.backPain) {
      const forwardDaily = Math.min(this.dose.forwardDaily, forwardCeiling);
      return backPainDay(
        {
          minutes: retroSession ? forwardMinutesOnRetroDay(forwardDaily, retroSession.minutes) : forwardDaily,
          longWalkDay: this.isLongWalkDay(day, offset),
          shortBlocks: this.dose.shortBlocks,
          cap: forwardCap,
          exhaleSteps: this.backPain.exhaleSteps,
        },
        retroSession,
      );
    }
    if (retroSession) return retroOnlyDay(retroSession);
    // Retro-walking is the only goal but cannot be done now: forward walking stays on those days.
    const retroDay = (
      this.retro?.available === true ? this.retro.dose.days : retroDays(this.intake.daysPerWeek)
    ).includes(offset);
    if (retroDay) return forwardOnlyDay(Math.min(WAITING_FORWARD_MINUTES, forwardCeiling), forwardCap);
    return { sessions: [], capped: false };
  }

  /** Saturday, unless Saturday has retro-walking and Sunday has not. */
  private isLongWalkDay(day: DayNumber, offset: number): boolean {
    const dow = weekday(day);
    if (dow < 5) return false;
    const retroDays = this.retroDose()?.days ?? [];
    const saturdayOffset = (offset + 5 - dow + 7) % 7;
    const sundayOffset = (saturdayOffset + 1) % 7;
    const longOnSunday = retroDays.includes(saturdayOffset) && !retroDays.includes(sundayOffset);
    return dow === (longOnSunday ? 6 : 5);
  }
}

/** Two walks of one day, by what was logged. */
function byContent(x: WalkLog | undefined, y: WalkLog | undefined): number {
  if (x === undefined || y === undefined) return 0;
  return (
    compareText(x.kind, y.kind) ||
    x.minutes - y.minutes ||
    x.painDuring - y.painDuring ||
    (x.painNextMorning ?? -1) - (y.painNextMorning ?? -1) ||
    Number(x.dizziness) - Number(y.dizziness) ||
    Number(x.fall) - Number(y.fall) ||
    compareText(x.newSymptoms.join(','), y.newSymptoms.join(','))
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
