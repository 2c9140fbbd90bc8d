/** "Why this plan": every weekly decision with its reasons, projections summarised. */
import type { Decision, DecisionRecord, Locale, Reason } from '@wandelcoach/engine';
import { t } from '../messages/index.js';
import { formatDay } from './dates.js';
import { heading, reasonLines, wrap } from './layout.js';

export function decisionWord(locale: Locale, decision: Decision): string {
  switch (decision) {
    case 'start':
      return t(locale, 'decision.start');
    case 'progress':
      return t(locale, 'decision.progress');
    case 'hold':
      return t(locale, 'decision.hold');
    case 'regress':
      return t(locale, 'decision.regress');
    case 'stop-retro':
      return t(locale, 'decision.stop-retro');
    case 'pause':
      return t(locale, 'decision.pause');
  }
}

function decisionTitle(locale: Locale, record: DecisionRecord): string {
  return t(locale, 'why.decision', {
    week: record.week,
    decision: decisionWord(locale, record.decision),
    date: formatDay(locale, record.date),
  });
}

function reasonKey(reason: Reason): string {
  return `${reason.code}\u0000${reason.source}\u0000${reason.message}`;
}

/**
 * Projected weeks repeat the same assumptions ("this week is a look ahead…"). What every projected
 * week says is printed once under the heading; each week then gets one line with what is new in it,
 * so a reason shared by a run of weeks shows up at the first week it applies to.
 */
function renderProjections(locale: Locale, projected: readonly DecisionRecord[]): string[] {
  const keysPerWeek = projected.map((record) => new Set(record.reasons.map(reasonKey)));
  const common = new Map<string, Reason>();
  if (projected.length > 1) {
    for (const reason of projected[0]?.reasons ?? []) {
      const key = reasonKey(reason);
      if (keysPerWeek.every((keys) => keys.has(key))) common.set(key, reason);
    }
  }

  const lines = [t(locale, 'why.projection')];
  for (const reason of common.values()) lines.push(...reasonLines(reason));
  const printed = new Set(common.keys());
  for (const record of projected) {
    const fresh = record.reasons.filter((reason) => !printed.has(reasonKey(reason)));
    for (const reason of fresh) printed.add(reasonKey(reason));
    const detail = fresh.map((reason) => `${reason.message} (${reason.source})`).join(' ');
    const title = decisionTitle(locale, record);
    lines.push(...wrap(detail === '' ? title : `${title}: ${detail}`, '  ', '    '));
  }
  return lines;
}

export function renderDecisions(locale: Locale, decisions: readonly DecisionRecord[]): string[] {
  if (decisions.length === 0) return [];
  const lines = heading(t(locale, 'heading.why'));
  const decided = decisions.filter((record) => !record.projected);
  const projected = decisions.filter((record) => record.projected);
  decided.forEach((record, index) => {
    if (index > 0) lines.push('');
    lines.push(decisionTitle(locale, record));
    for (const reason of record.reasons) lines.push(...reasonLines(reason));
  });
  if (projected.length > 0) {
    if (decided.length > 0) lines.push('');
    lines.push(...renderProjections(locale, projected));
  }
  return lines;
}
