/** Evidence notes: where the sources and the wider research differ, for this plan. */
import type { Locale, Reason } from '@wandelcoach/engine';
import { t } from '../messages/index.js';
import { heading, reasonLines } from './layout.js';

export function renderNotes(locale: Locale, notes: readonly Reason[]): string[] {
  if (notes.length === 0) return [];
  return [...heading(t(locale, 'heading.notes')), ...notes.flatMap((note) => reasonLines(note))];
}
