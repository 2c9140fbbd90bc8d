/**
 * Using the app with the keyboard alone, as people do who cannot hold a mouse steady or who use a
 * switch: Tab and Shift+Tab from control to control, Space and Enter to use one, arrow keys within a
 * group of choices. Nothing here clicks or fills; every move is a key press.
 *
 * Every stop Tab makes must show where the focus is (WCAG 2.4.7): the helpers check each one.
 */
import { expect, type ElementHandle, type Locator, type Page } from '@playwright/test';

/** More than any screen of the app has controls: a target not reached by then is not reachable. */
const MAX_TABS = 80;

async function focused(page: Page, target: ElementHandle): Promise<boolean> {
  return page.evaluate((element) => element === document.activeElement, target);
}

/**
 * Fails unless the focused element shows its focus: it matches :focus-visible and draws an outline or
 * a shadow a person can see.
 */
export async function expectFocusVisible(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return { what: 'nothing', shown: false };
    const style = getComputedStyle(element);
    // Focus on a part inside the element (a date field's calendar button) leaves the element itself
    // without :focus; it counts when the element then shows it.
    const inside = !element.matches(':focus') && element.matches(':focus-within');
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const name = (element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40);
    return {
      what: `${element.localName}${element instanceof HTMLInputElement ? `[type=${element.type}]` : ''} "${name}"`,
      shown: (element.matches(':focus-visible') || inside) && (outline || shadow),
    };
  });
  expect(focus.shown, `focus on ${focus.what} should be visible`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until the target has focus, checking at every stop on the way that the
 * focus can be seen.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false } = {}): Promise<void> {
  const element = await target.elementHandle();
  try {
    for (let presses = 0; presses < MAX_TABS; presses++) {
      if (await focused(page, element)) return;
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      // Not stops of the page's own: the main area, which takes focus for a new screen, and the
      // browser's own controls, where Tab goes after the last element of the page.
      const between = await page.evaluate(() =>
        [undefined, 'main', 'body'].includes(document.activeElement?.localName),
      );
      if (between) continue;
      await expectFocusVisible(page);
    }
    throw new Error(`${target.toString()} not reached with ${String(MAX_TABS)} presses of Tab`);
  } finally {
    await element.dispose();
  }
}

/** Tabs to a button or link and presses Enter on it. */
export async function press(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs to a checkbox and ticks it with Space. */
export async function tick(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
}

/**
 * Chooses a radio button as a keyboard user does: Tab enters the group (on its chosen button, or the
 * first), then the arrow keys move through it, choosing as they go; Space chooses the first.
 */
export async function choose(page: Page, radio: Locator): Promise<void> {
  const name = await radio.getAttribute('name');
  if (name === null) throw new Error(`${radio.toString()} has no group name`);
  const inGroup = page.locator(`input[type="radio"][name="${name}"]`);
  const chosen = inGroup.and(page.locator(':checked'));
  // Whichever button of the group Tab lands on: the chosen one, or the first if none is.
  await tabTo(page, (await chosen.count()) > 0 ? chosen : inGroup.first());
  const all = await inGroup.elementHandles();
  const at = () => page.evaluate((list) => list.indexOf(document.activeElement as Node), all);
  const wanted = await radio.evaluate((element, list) => list.indexOf(element), all);
  for (let moves = 0; moves < all.length; moves++) {
    const now = await at();
    if (now === wanted) break;
    await page.keyboard.press(now < wanted ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(radio).toBeFocused();
  // The arrow keys choose as they move; when Tab landed on it, Space chooses it.
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await expectFocusVisible(page);
  await Promise.all(all.map((handle) => handle.dispose()));
}
