/** Plain-text layout for a terminal: headings, wrapped paragraphs, reasons and aligned columns. */
import type { Reason } from '@wandelcoach/engine';

/** Wide enough for a sentence, narrow enough to read comfortably in a standard terminal. */
export const LINE_WIDTH = 88;

/** Characters on screen; `Array.from` so that a character outside the BMP counts once. */
export function displayWidth(text: string): number {
  return Array.from(text).length;
}

export function heading(text: string, underline = '-'): string[] {
  return [text, underline.repeat(displayWidth(text))];
}

/**
 * Breaks `text` into lines of at most `width` characters at spaces. The first line starts with
 * `firstIndent`, the following ones with `restIndent`, so bullets hang. A word longer than the line
 * stays whole rather than being cut.
 */
export function wrap(
  text: string,
  firstIndent: string,
  restIndent = firstIndent,
  width = LINE_WIDTH,
): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of words) {
    const candidate = lineHasWord ? `${line} ${word}` : `${line}${word}`;
    if (lineHasWord && displayWidth(candidate) > width) {
      lines.push(line);
      line = `${restIndent}${word}`;
    } else {
      line = candidate;
    }
    lineHasWord = true;
  }
  if (lineHasWord) lines.push(line);
  return lines;
}

/** A reason as a bullet: its message, then its source in brackets, e.g. `(KNGF-B.1.3)`. */
export function reasonLines(reason: Reason, indent = '  '): string[] {
  return wrap(`${reason.message} (${reason.source})`, `${indent}- `, `${indent}  `);
}

/**
 * Pads each column to its widest cell so the separators line up from row to row. Rows may have
 * different numbers of cells; the last cell of a row is never padded, so no line ends in spaces.
 * A cell wider than `maxPadded` (a walk backwards with all its settings) does not widen its column,
 * because the gap it would open in every other row reads worse than one separator out of line.
 */
export function alignColumns(
  rows: readonly (readonly string[])[],
  separators: readonly string[],
  maxPadded = 24,
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      const width = displayWidth(cell);
      if (column < row.length - 1 && width <= maxPadded)
        widths[column] = Math.max(widths[column] ?? 0, width);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, column) => {
        if (column === row.length - 1) return cell;
        const separator = separators[Math.min(column, separators.length - 1)] ?? ' ';
        return cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(cell))) + separator;
      })
      .join('')
      .trimEnd(),
  );
}
