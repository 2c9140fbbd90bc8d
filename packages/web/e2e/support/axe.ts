/** Accessibility check with axe-core: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** One line per violation and one per element it was found on, so a failure says what to fix where. */
function describe(violation: Result): string {
  const where = violation.nodes.map(
    (node) =>
      `    at ${node.target.map((part) => (typeof part === 'string' ? part : part.join(' >>> '))).join(' | ')}`,
  );
  return [
    `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
    `    ${violation.helpUrl}`,
    ...where,
  ].join('\n');
}

/** Fails the test if axe finds any WCAG A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Legacy mode runs axe in the page itself instead of gathering results in an extra blank page:
  // two to three times faster here, and the app has no frames for the other mode to visit.
  const results = await new AxeBuilder({ page })
    .withTags([...WCAG_TAGS])
    .setLegacyMode(true)
    .analyze();
  const found = results.violations.map(describe);
  expect(found, `axe found ${found.length} accessibility violation(s) on ${page.url()}`).toEqual([]);
}
