/**
 * A wide table in a box of its own that scrolls sideways when it does not fit (large text on a
 * phone), so the page itself never does. A table's columns must stay side by side to be read, which
 * is why WCAG 1.4.10 lets it scroll. The box is a named region people can reach with the keyboard,
 * so they can scroll it with the arrow keys too.
 */
import type { ReactNode } from 'react';

export function TableScroll(props: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}
