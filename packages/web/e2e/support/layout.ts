/**
 * Checks of the page's layout that axe cannot make, because they depend on sizes: targets large
 * enough for an unsteady finger (44 × 44 CSS px, as the app promises, stricter than WCAG 2.5.8),
 * and nothing lost at 200% (WCAG 1.4.4 resize text, 1.4.10 reflow): no sideways scrolling of the
 * page, every control within the width, no text cut off by its box.
 *
 * Each check gathers every problem on the page and reports them together, as a soft failure: the test
 * goes on to the next screen, so one run says everything there is to fix.
 */
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** The app's promise for anything a person taps (CONTEXT.md): 44 CSS px both ways. */
export const MIN_TARGET_PX = 44;

/** What can be tapped or typed in. Choices count by their label, which is the row a person taps. */
const CONTROLS = 'button, a[href], select, summary, input:not([type="hidden"]), textarea';

/**
 * The skip link waits off-screen until it has focus (the keyboard suite checks it then); anything
 * else off-screen is a fault, not a design.
 */
const HIDDEN_BY_DESIGN = '.skip-link:not(:focus)';

/** Fails when a visible control on the page is smaller than {@link MIN_TARGET_PX} either way. */
export async function expectLargeTargets(page: Page, min = MIN_TARGET_PX): Promise<void> {
  const small = await page.evaluate(
    ({ selector, hidden, min }) => {
      const found: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        if (element.matches(hidden)) continue;
        const style = getComputedStyle(element);
        if (style.visibility !== 'visible') continue;
        let box = element.getBoundingClientRect();
        // Not rendered: in a closed <details>, or display: none.
        if (box.width === 0 && box.height === 0) continue;
        if (
          element instanceof HTMLInputElement &&
          (element.type === 'checkbox' || element.type === 'radio')
        ) {
          // The box to tap is the largest of the input and its labels: the label is the choice's row.
          for (const label of element.labels ?? []) {
            const area = label.getBoundingClientRect();
            if (area.width * area.height > box.width * box.height) box = area;
          }
        }
        if (box.width + 0.5 < min || box.height + 0.5 < min) {
          const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : undefined;
          const named = element.getAttribute('aria-label') ?? label ?? element.textContent;
          const name = named.trim().replace(/\s+/g, ' ').slice(0, 60);
          const what =
            element instanceof HTMLInputElement ? `input[type=${element.type}]` : element.localName;
          found.push(`${what} "${name}": ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
        }
      }
      return found;
    },
    { selector: CONTROLS, hidden: HIDDEN_BY_DESIGN, min },
  );
  expect
    .soft(small, `targets smaller than ${String(min)} × ${String(min)} CSS px on ${page.url()}`)
    .toEqual([]);
}

/**
 * Fails when the page scrolls sideways, a control reaches past the edge of the viewport, or a box that
 * hides its overflow has more text than it shows.
 */
export async function expectNothingLost(page: Page): Promise<void> {
  const lost = await page.evaluate(
    ({ selector, hidden }) => {
      const found: string[] = [];
      const root = document.documentElement;
      const width = root.clientWidth;
      if (root.scrollWidth > width + 1) {
        found.push(`the page scrolls sideways: ${String(root.scrollWidth)} px wide in ${String(width)} px`);
      }
      const describe = (element: Element) => {
        const classes = [...element.classList].map((name) => `.${name}`).join('');
        const text = element.textContent.trim().replace(/\s+/g, ' ').slice(0, 50);
        return `${element.localName}${classes} "${text}"`;
      };
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        if (element.matches(hidden)) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (getComputedStyle(element).visibility !== 'visible') continue;
        if (box.left < -1 || box.right > width + 1) {
          found.push(
            `${describe(element)} reaches past the viewport: ${box.left.toFixed(0)}–${box.right.toFixed(0)} px of ${String(width)}`,
          );
        }
      }
      for (const element of document.querySelectorAll<HTMLElement>('body, body *')) {
        const style = getComputedStyle(element);
        if (element.closest('[aria-hidden="true"]') !== null || style.display === 'none') continue;
        const cutsX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
        const cutsY = ['hidden', 'clip'].includes(style.overflowY);
        if (cutsX && element.scrollWidth > element.clientWidth + 1) {
          found.push(
            `${describe(element)} cuts off its content sideways: ${String(element.scrollWidth)} px in ${String(element.clientWidth)} px`,
          );
        }
        if (cutsY && element.scrollHeight > element.clientHeight + 1) {
          found.push(
            `${describe(element)} cuts off its content below: ${String(element.scrollHeight)} px in ${String(element.clientHeight)} px`,
          );
        }
      }
      return found;
    },
    { selector: CONTROLS, hidden: HIDDEN_BY_DESIGN },
  );
  expect.soft(lost, `content lost or scrolling sideways on ${page.url()}`).toEqual([]);
}

/**
 * Shows the page as at 200% until the returned function puts it back. On the desktop this is the
 * browser's zoom: at 200% a 1280 × 800 window lays out as 640 × 400 CSS px. A phone does not reflow
 * when pinched, so there it is the text size setting at 200% (Android's font scaling, a browser's
 * text size), which doubles the root font size the app's rem sizes follow.
 */
export async function zoomTo200(page: Page, testInfo: TestInfo): Promise<() => Promise<void>> {
  const size = page.viewportSize();
  if (size === null) throw new Error('the page has no fixed viewport to zoom');
  if (testInfo.project.use.isMobile !== true) {
    await page.setViewportSize({ width: Math.round(size.width / 2), height: Math.round(size.height / 2) });
    return () => page.setViewportSize(size);
  }
  // Through the CSS object model: the app's Content Security Policy refuses an injected <style>.
  await page.evaluate(() => {
    const root = document.documentElement;
    const normal = Number.parseFloat(getComputedStyle(root).fontSize);
    root.style.setProperty('font-size', `${String(normal * 2)}px`, 'important');
  });
  return () =>
    page.evaluate(() => {
      document.documentElement.style.removeProperty('font-size');
    });
}

/**
 * The screen as it is now: every target large enough and nothing lost at the normal size, then
 * nothing lost at 200%, with the screen's main button to be seen whole once scrolled to.
 */
export async function expectFitsAtNormalAndDouble(
  page: Page,
  testInfo: TestInfo,
  mainButton: Locator,
): Promise<void> {
  await expectLargeTargets(page);
  await expectNothingLost(page);
  const restore = await zoomTo200(page, testInfo);
  try {
    await expectNothingLost(page);
    await mainButton.scrollIntoViewIfNeeded();
    // Whole: a button wider than the screen, or cut off at its edge, would show only in part.
    await expect.soft(mainButton).toBeInViewport({ ratio: 1 });
  } finally {
    await restore();
  }
}
