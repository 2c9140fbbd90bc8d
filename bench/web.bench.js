// How fast the web app's first visit is, on a phone. Run with `npm run bench:web` (it builds first);
// `-- --runs 5` measures each page more often (the median is printed); `-- --reports DIR` also keeps
// each run's Lighthouse report as JSON (open it in the Lighthouse viewer to see why);
// `-- --throttling simulate|devtools` measures one way only (both by default, see below).
//
// 1. First-load JavaScript: every script the built page loads before it can show anything (its script
//    tags and module preloads, not the chunks loaded later), gzipped at level 9 and as Brotli (what the
//    server sends a browser that accepts it).
// 2. Lighthouse, mobile profile (a mid-range phone on a slow 4G line, 4x slower CPU), in Debian's
//    Chromium, twice: with Lighthouse's default simulated throttling (it loads the page at full speed
//    and computes the slow-phone timings from what it saw), and with the same slowdown applied for real
//    through DevTools (slower, noisier, but it does not guess). On loopback every file arrives before
//    the first frame, so the simulation may count a script the paint never waited for; the applied
//    figures show whether it did. On three pages served by the real server on a fresh SQLite database:
//      floor    the same server with WEB_ROOT set to an empty page (a title and one line of text, so it
//               has a largest contentful paint): the least any page can cost here
//      welcome  `/` for someone not signed in
//      today    `/` for a signed-in patient with a plan and walks planned today
// Prints the figures and whether they meet the aims; a miss never fails the process, a broken run does.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { addDays, call, signUp, todayIn } from './http-client.js';

/**
 * @typedef {import('@wandelcoach/engine').PlanOutput} PlanOutput
 * @typedef {{ url: string, stop: () => Promise<void> }} Server
 * @typedef {{ name: string, url: string, headers?: Record<string, string> }} Page
 * @typedef {{ performance: number, accessibility: number, lcp: number, tbt: number, fcp: number, scriptBytes: number, failing: Map<string, number> }} Figures
 */

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    reports: { type: 'string' },
    throttling: { type: 'string' },
  },
});
const RUNS = Number(options.runs);
/** @typedef {'simulate' | 'devtools'} Throttling */
/** @type {Throttling[]} */
const THROTTLINGS =
  options.throttling === 'simulate' || options.throttling === 'devtools'
    ? [options.throttling]
    : ['simulate', 'devtools'];
/** @type {Record<Throttling, string>} */
const THROTTLING_NAMES = {
  simulate: 'simulated throttling (Lighthouse’s default)',
  devtools: 'applied throttling (DevTools)',
};
const CHROMIUM = process.env.CHROMIUM_PATH ?? CHROMIUM_PATH;
const WEB_ROOT = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));
const SERVER_BIN = fileURLToPath(new URL('../packages/server/bin/wandelcoach-server.js', import.meta.url));
const INTAKE_FILE = new URL('../examples/intake-combined.json', import.meta.url);
const AIM = { firstLoadKb: 60, performance: 95, accessibility: 100, lcpRatio: 1.5 };
const EMPTY_PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Een lege pagina: de ondergrens voor de meting." />
    <title>Wandelcoach</title>
  </head>
  <body>
    <p>Wandelcoach</p>
  </body>
</html>
`;

// --- first-load JavaScript ---

/**
 * The scripts the built page loads at once: its script tags and module preloads.
 * @param {string} root
 */
async function firstLoadScripts(root) {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const files = [];
  for (const source of sources) {
    const body = await readFile(join(root, source.replace(/^\//, '')));
    files.push({
      source,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body).length,
    });
  }
  return files;
}

// --- servers ---

/**
 * Starts the real server (the built bin) on a free loopback port and a fresh SQLite database.
 * @param {string} webRoot
 * @returns {Promise<Server>}
 */
async function startServer(webRoot) {
  const dataDir = await mkdtemp(join(tmpdir(), 'wandelcoach-bench-web-'));
  const child = spawn(process.execPath, [SERVER_BIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, WEB_ROOT: webRoot },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      const found = /running at (http:\/\/\S+)/.exec(output);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server stopped before it listened (exit ${code})`)));
  });
  return {
    url: /** @type {string} */ (url),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs up a patient whose plan has walks today, and returns the session cookie.
 * @param {string} base
 */
async function seedPatient(base) {
  const session = await signUp(base);
  const intake = JSON.parse(await readFile(INTAKE_FILE, 'utf8'));
  const today = todayIn(new Date());
  for (const back of [0, 1, 2, 3, 4, 5, 6]) {
    const put = await call(base, 'PUT', '/api/v1/me/intake', {
      session,
      body: { ...intake, startDate: addDays(today, -back) },
    });
    const plan = /** @type {PlanOutput} */ (put.json).plan;
    const days = plan?.weeks.flatMap((week) => week.days) ?? [];
    const sessions = days.find((day) => day.date === today)?.sessions.length ?? 0;
    if (sessions > 0) {
      console.log(
        `  seeded: 1 patient, plan from ${plan?.startDate}; today ${today} has ${sessions} walk(s)`,
      );
      return session.cookie;
    }
  }
  throw new Error('the example intake puts no walk on today for any start in the last week');
}

// --- Lighthouse ---

/**
 * @param {number} port Chromium's debugging port
 * @param {Page} page
 * @param {Throttling} throttling
 * @param {string | undefined} reportFile where to keep the report, if anywhere
 * @returns {Promise<Figures>}
 */
async function measure(port, page, throttling, reportFile) {
  const result = await lighthouse(page.url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    throttlingMethod: throttling,
    ...(page.headers && { extraHeaders: page.headers }),
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${page.name}`);
  const { lhr } = result;
  if (reportFile) await writeFile(reportFile, JSON.stringify(lhr, null, 1));
  if (lhr.runtimeError) throw new Error(`${page.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  /** @param {string} id */
  const value = (id) => {
    const audit = lhr.audits[id];
    if (audit?.numericValue === undefined) throw new Error(`${page.name}: Lighthouse measured no ${id}`);
    return audit.numericValue;
  };
  const requests = /** @type {{ items?: { resourceType?: string, transferSize?: number }[] }} */ (
    lhr.audits['network-requests']?.details ?? {}
  );
  const failing = Object.values(lhr.categories)
    .flatMap((category) => category.auditRefs)
    .filter((ref) => ref.weight > 0)
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      return audit !== undefined && audit.score !== null && audit.score < 1
        ? [/** @type {[string, number]} */ ([audit.id, Math.round(audit.score * 100)])]
        : [];
    });
  return {
    performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories['accessibility']?.score ?? 0) * 100),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    fcp: value('first-contentful-paint'),
    scriptBytes: (requests.items ?? [])
      .filter((item) => item.resourceType === 'Script')
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    failing: new Map(failing),
  };
}

/**
 * Each audit that fell short in any run, with its lowest score.
 * @param {Map<string, number>[]} maps
 */
function worstScores(maps) {
  /** @type {Map<string, number>} */
  const worst = new Map();
  for (const map of maps)
    for (const [id, score] of map) worst.set(id, Math.min(score, worst.get(id) ?? score));
  return worst;
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Each metric's median over the runs, and every audit that fell short in any run.
 * @param {Figures[]} runs
 * @returns {Figures}
 */
function medianOf(runs) {
  /** @param {(figures: Figures) => number} pick */
  const mid = (pick) => median(runs.map(pick));
  return {
    performance: mid((f) => f.performance),
    accessibility: mid((f) => f.accessibility),
    lcp: mid((f) => f.lcp),
    tbt: mid((f) => f.tbt),
    fcp: mid((f) => f.fcp),
    scriptBytes: mid((f) => f.scriptBytes),
    failing: worstScores(runs.map((f) => f.failing)),
  };
}

// --- the run ---

/** @param {boolean} ok */
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync(CHROMIUM)) {
  console.error(
    `!! bench:web needs Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH); nothing measured`,
  );
  process.exit(2);
}
if (!existsSync(join(WEB_ROOT, 'index.html'))) {
  console.error('!! packages/web/dist has no built app: run `npm run bench:web`, which builds first');
  process.exit(2);
}

console.log(`Wandelcoach web benchmark: ${RUNS} Lighthouse run(s) per page, median shown`);
console.log(
  `  load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}; Chromium ${CHROMIUM}`,
);

const scripts = await firstLoadScripts(WEB_ROOT);
const gzipTotal = scripts.reduce((sum, file) => sum + file.gzip, 0);
const brotliTotal = scripts.reduce((sum, file) => sum + file.brotli, 0);
console.log('\nFirst-load JavaScript');
for (const file of scripts)
  console.log(
    `  ${file.source.padEnd(34)} ${kb(file.raw).padStart(9)} raw ${kb(file.gzip).padStart(9)} gzip`,
  );
console.log(
  `  total ${kb(gzipTotal)} gzipped (${kb(brotliTotal)} as Brotli, as sent); aim <= ${AIM.firstLoadKb} KB: ${verdict(gzipTotal <= AIM.firstLoadKb * 1024)}`,
);

if (options.reports) await mkdir(options.reports, { recursive: true });
const floorRoot = await mkdtemp(join(tmpdir(), 'wandelcoach-bench-floor-'));
await writeFile(join(floorRoot, 'index.html'), EMPTY_PAGE);
const floorServer = await startServer(floorRoot);
const appServer = await startServer(WEB_ROOT);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
try {
  const cookie = await seedPatient(appServer.url);
  /** @type {Page[]} */
  const pages = [
    { name: 'floor', url: `${floorServer.url}/` },
    { name: 'welcome', url: `${appServer.url}/` },
    { name: 'today', url: `${appServer.url}/`, headers: { Cookie: cookie } },
  ];
  for (const throttling of THROTTLINGS) {
    /** @type {Map<string, Figures[]>} */
    const runs = new Map(pages.map((page) => [page.name, []]));
    // Pages take turns, so a slow moment of the machine falls on all of them alike.
    for (let run = 1; run <= RUNS; run++) {
      for (const page of pages) {
        const report = options.reports && join(options.reports, `${throttling}-${page.name}-${run}.json`);
        runs.get(page.name)?.push(await measure(chrome.port, page, throttling, report));
      }
      console.log(`  ${throttling}: run ${run}/${RUNS} done`);
    }

    const results = pages.map((page) => ({ page, figures: medianOf(runs.get(page.name) ?? []) }));
    const floor = results[0]?.figures;
    if (!floor) throw new Error('no floor measured');
    console.log(`\nLighthouse, mobile profile (slow 4G, 4x CPU slowdown), ${THROTTLING_NAMES[throttling]}`);
    console.log('  page      perf  a11y   FCP ms   LCP ms   TBT ms   LCP / floor   JS sent');
    for (const { page, figures } of results) {
      console.log(
        `  ${page.name.padEnd(8)} ${String(figures.performance).padStart(5)} ${String(figures.accessibility).padStart(5)}` +
          ` ${figures.fcp.toFixed(0).padStart(8)} ${figures.lcp.toFixed(0).padStart(8)} ${figures.tbt.toFixed(0).padStart(8)}` +
          ` ${(figures.lcp / floor.lcp).toFixed(2).padStart(10)}x ${kb(figures.scriptBytes).padStart(10)}`,
      );
    }
    console.log(`\nAims (${THROTTLING_NAMES[throttling]})`);
    for (const { page, figures } of results.slice(1)) {
      const ratio = figures.lcp / floor.lcp;
      console.log(
        `  ${page.name}: performance ${figures.performance} (>= ${AIM.performance}: ${verdict(figures.performance >= AIM.performance)}),` +
          ` accessibility ${figures.accessibility} (${AIM.accessibility}: ${verdict(figures.accessibility >= AIM.accessibility)}),` +
          ` LCP ${ratio.toFixed(2)}x the floor (<= ${AIM.lcpRatio}x: ${verdict(ratio <= AIM.lcpRatio)})`,
      );
      if (figures.failing.size > 0) {
        const list = [...figures.failing].map(([id, score]) => `${id} (${score})`).join(', ');
        console.log(`    audits short of full marks (lowest score of any run): ${list}`);
      }
    }
  }
} finally {
  chrome.kill();
  await appServer.stop();
  await floorServer.stop();
  await rm(floorRoot, { recursive: true, force: true });
}
