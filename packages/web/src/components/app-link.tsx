/**
 * A link to another of the app's screens. A plain click moves within the app, as wouter's `<Link>`
 * does; a click meant for a new tab or window is left to the browser. Not `<Link>` itself: it is a
 * component of wouter's React build, which the screens' render tests (Preact, without the app's
 * aliases) cannot draw.
 */
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from 'wouter/use-browser-location';

export function openInApp(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}

export function AppLink(props: { href: string; className?: string; children: ReactNode }) {
  return (
    <a href={props.href} className={props.className} onClick={openInApp}>
      {props.children}
    </a>
  );
}
