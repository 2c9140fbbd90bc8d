import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTodayRenderer, scriptJson } from './today-page.js';

const quiet = { info: () => undefined, warn: () => undefined };

describe('scriptJson', () => {
  it('reads back as the same value, with no `<` in it to end a script or open a comment', () => {
    const value = { name: '</script><script>alert(1)</script>', note: '<!-- a \u2028 b \u2029', n: 1 };
    const text = scriptJson(value);
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('loadTodayRenderer', () => {
  it('gives nothing when the web app’s server build is not there, or not usable', async () => {
    expect(await loadTodayRenderer(undefined, quiet)).toBeUndefined();
    const root = mkdtempSync(path.join(tmpdir(), 'wandelcoach-render-'));
    try {
      expect(await loadTodayRenderer(root, quiet)).toBeUndefined();
      writeFileSync(path.join(root, 'render-today.js'), 'export const somethingElse = 1;\n');
      writeFileSync(path.join(root, 'today-page.html'), '<div id="root"></div>');
      expect(await loadTodayRenderer(root, quiet)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('loads the render function and the page it renders into', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wandelcoach-render-'));
    try {
      writeFileSync(path.join(root, 'render-today.js'), 'export const renderToday = () => "<p>today</p>";\n');
      writeFileSync(path.join(root, 'today-page.html'), '<body><div id="root"></div></body>');
      const loaded = await loadTodayRenderer(root, quiet);
      expect(loaded?.page).toBe('<body><div id="root"></div></body>');
      expect(loaded?.render({ account: {} as never, today: {} }, 'nl')).toBe('<p>today</p>');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
