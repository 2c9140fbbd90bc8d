// Writes dist/welcome.html (Dutch) and dist/welcome.en.html (English): the built page with the welcome
// screen already rendered in it, for the server to send to visitors without a session, in the language
// their browser asks for (see packages/server/src/http/web-app.ts). Runs after `vite build` and the
// server-side builds of src/prerender.tsx into .prerender/ and src/render-today.tsx into dist-ssr/.
//
// Also writes dist-ssr/today-page.html: the same page with its root still empty, which the server fills
// with today's screen for a signed-in patient (src/render-today.tsx). It stays out of dist/, so it is
// never served as a file nor kept by the service worker.
//
// The page's styles and the small script that loads the app go inside it too, so the first paint
// waits for no second request. The CSP allows that one inline style and script by their hashes, which
// go to dist/welcome.csp.json for the server to add.
//
//   node scripts/prerender.js
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = path.resolve('dist');
const built = path.resolve('.prerender', 'prerender.js');
/** @type {{ renderWelcome: (locale: 'nl' | 'en') => string }} */
const { renderWelcome } = await import(pathToFileURL(built).href);

const page = await readFile(path.join(dist, 'index.html'), 'utf8');
const empty = '<div id="root"></div>';
if (!page.includes(empty)) throw new Error(`dist/index.html has no ${empty} to render into`);
// In this page the words are already there, so the app's script only takes over what is on screen.
// The page asks for no script at all before its first paint (no module script, no preloads, not the
// service worker's registration): `inline/after-paint.js`, put inside the page, loads the app and
// registers the worker once the browser has painted, so neither the first frame nor a slow line's
// first bytes wait for them, and a tap before the app has loaded follows the links the page has.
const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/;
const app = entry.exec(page)?.[1];
if (app === undefined) throw new Error('dist/index.html has no module script to load after the paint');
const registration = /\s*<script id="vite-plugin-pwa:register-sw" src="(\/[^"]+\.js)" defer><\/script>/;
const registerer = registration.exec(page)?.[1];
if (registerer === undefined) throw new Error('dist/index.html has no service worker registration to move');
// The worker's address as the plugin's own registration names it (one place decides it: vite.config.ts).
const worker = /register\('(\/[^']+\.js)', \{ scope: '\/' \}\)/.exec(
  await readFile(path.join(dist, registerer), 'utf8'),
)?.[1];
if (worker === undefined) throw new Error(`${registerer} registers no service worker at the scope /`);
const preloads = /\s*<link rel="modulepreload" crossorigin href="\/assets\/[^"]+\.js">/g;
const stylesheet = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/;
const href = stylesheet.exec(page)?.[1];
if (href === undefined) throw new Error('dist/index.html links no stylesheet to bring inside');
const css = await readFile(path.join(dist, href), 'utf8');
// Without its comment lines: they are for whoever reads the source, not for every page sent.
const script = (await readFile(path.resolve('inline', 'after-paint.js'), 'utf8'))
  .split('\n')
  .filter((line) => !line.trimStart().startsWith('//'))
  .join('\n');
for (const [name, text] of /** @type {const} */ ([
  [href, css],
  ['inline/after-paint.js', script],
])) {
  if (text.includes('</')) throw new Error(`${name} contains "</", which would end its inline element early`);
}
const sha256 = (/** @type {string} */ text) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
await writeFile(
  path.join(dist, 'welcome.csp.json'),
  `${JSON.stringify({ styleSrc: [sha256(css)], scriptSrc: [sha256(script)] })}\n`,
);
const body = '</body>';
if (!page.includes(body)) throw new Error(`dist/index.html has no ${body} to put the loader before`);
// Replacers as functions: a `$` in the styles or the script must stay a `$`.
const styled = page
  .replace(entry, '')
  .replace(registration, '')
  .replace(preloads, '')
  .replace(stylesheet, () => `<style>${css}</style>`)
  .replace(
    body,
    () => `<script data-app="${app}" data-service-worker="${worker}">${script}</script>\n  ${body}`,
  );
if (styled.includes('modulepreload')) throw new Error('a module preload is left in the drawn page');
for (const [locale, file] of /** @type {const} */ ([
  ['nl', 'welcome.html'],
  ['en', 'welcome.en.html'],
])) {
  const welcome = styled
    .replace('<html lang="nl">', () => `<html lang="${locale}">`)
    .replace(
      empty,
      () => `<div id="root" data-screen="welcome" data-locale="${locale}">${renderWelcome(locale)}</div>`,
    );
  await writeFile(path.join(dist, file), welcome);
  console.log(`prerendered the welcome screen into dist/${file} (${welcome.length} bytes)`);
}
await writeFile(path.resolve('dist-ssr', 'today-page.html'), styled);
console.log(`wrote the page for today's screen into dist-ssr/today-page.html (${styled.length} bytes)`);
await rm(path.resolve('.prerender'), { recursive: true, force: true });
