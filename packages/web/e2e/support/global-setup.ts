/**
 * Before the browser suites: make sure Debian's Chromium is there, check the server and the web app
 * are built, then start the real server on a free port with a fresh SQLite database (and a copy of
 * the built app, so a rebuild during the run cannot change it under the tests), its clock set to the
 * pinned moment (pinned-clock.ts). The base URL
 * goes to the tests in WANDELCOACH_E2E_URL (workers inherit the environment); the returned function
 * stops the server and removes its data.
 *
 * A second server, the same but sending mail, runs beside it for the mail journeys (password reset,
 * private sign-up): an SMTP server on loopback (loopback-mailbox.ts) receives its mail and writes each
 * one, parsed, as a JSON file into a folder, which the tests read (support/mailbox.ts). Its address is
 * in WANDELCOACH_E2E_MAIL_URL, the folder in WANDELCOACH_E2E_MAILBOX. Every other suite runs against
 * the first server, without mail, where sign-up signs in at once.
 *
 * Without Chromium: as root with apt-get it is installed from Debian's packages; in CI its absence
 * is an error; otherwise every browser test is skipped (WANDELCOACH_E2E_SKIP says why) and a framed
 * warning says so, at the start and again at the end of the run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_PATH } from '../../../../scripts/chromium.js';
import { startLoopbackMailbox, type LoopbackMailbox } from '../../../../scripts/loopback-mailbox.js';
import { assertTestSwitches } from '../../../../scripts/test-switches.js';
import { PINNED_NOW, PINNED_NOW_VARIABLE } from './pinned-clock.js';

export const CHROMIUM = CHROMIUM_PATH;
export const URL_VARIABLE = 'WANDELCOACH_E2E_URL';
export const SKIP_VARIABLE = 'WANDELCOACH_E2E_SKIP';
/** The server that sends mail, for the mail journeys. */
export const MAIL_URL_VARIABLE = 'WANDELCOACH_E2E_MAIL_URL';
/** The folder the loopback SMTP server writes each mail into, as JSON. */
export const MAILBOX_VARIABLE = 'WANDELCOACH_E2E_MAILBOX';
/**
 * Each server's DATA_DIR, for the command line on the same database (`wandelcoach practice create`,
 * support/clinician.ts), and the real moment (ms) each was started, from which its shifted clock
 * runs: the tests work out the server's "now" for authenticator codes.
 */
export const DATA_DIR_VARIABLE = 'WANDELCOACH_E2E_DATA_DIR';
export const MAIL_DATA_DIR_VARIABLE = 'WANDELCOACH_E2E_MAIL_DATA_DIR';
export const STARTED_VARIABLE = 'WANDELCOACH_E2E_STARTED';
export const MAIL_STARTED_VARIABLE = 'WANDELCOACH_E2E_MAIL_STARTED';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const serverStart = path.join(repoRoot, 'packages/server/dist/start.js');
const serverBin = path.join(repoRoot, 'packages/server/bin/wandelcoach-server.js');
const webRoot = path.join(repoRoot, 'packages/web/dist');
const renderRoot = path.join(repoRoot, 'packages/web/dist-ssr');
const webSource = path.join(repoRoot, 'packages/web/src');
const shiftedClock = pathToFileURL(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'shifted-clock.mjs'),
).href;
const STARTUP_TIMEOUT_MS = 30_000;
/** Servers the teardown is stopping, so their exit is not reported as a crash. */
const stopping = new WeakSet<ChildProcess>();

function loud(lines: readonly string[]): void {
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  const bar = '!'.repeat(width + 2);
  const body = lines.map((line) => `!  ${line.padEnd(width - 4)}  !`);
  process.stderr.write(`\n${[bar, ...body, bar].join('\n')}\n\n`);
}

function apt(args: readonly string[]): boolean {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** Returns why the browser suites cannot run, or undefined when Chromium is there. */
function ensureChromium(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const root = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  let why: string;
  if (root && hasApt) {
    process.stderr.write(`${CHROMIUM} is missing: installing Debian's chromium package (apt-get)\n`);
    const install = ['install', '-y', '-qq', '--no-install-recommends', 'chromium'];
    if (!apt(install)) {
      process.stderr.write('apt-get install failed: running apt-get update and trying once more\n');
      apt(['update', '-qq']);
      apt(install);
    }
    if (existsSync(CHROMIUM)) return undefined;
    why = `${CHROMIUM} is missing and "apt-get install chromium" failed (see above).`;
  } else {
    why = root
      ? `${CHROMIUM} is missing and there is no apt-get to install it with.`
      : `${CHROMIUM} is missing. Install it with: sudo apt-get install --no-install-recommends chromium`;
  }
  if (process.env.CI) throw new Error(`The browser suites cannot run in CI: ${why}`);
  return why;
}

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function requireBuild(): void {
  const missing = [serverStart, path.join(webRoot, 'index.html')].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The browser suites test the built server and web app, and ${missing
        .map((file) => path.relative(repoRoot, file))
        .join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing: run npm run build first.`,
    );
  }
  // Words come from the source catalogues; an old build would show old ones.
  if (newestChange(webSource) > statSync(path.join(webRoot, 'index.html')).mtimeMs) {
    process.stderr.write(
      'warning: packages/web/src changed after the last build; run npm run build if tests fail on old words\n',
    );
  }
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/** Starts the server on a free port and resolves with its URL once it says where it listens. */
function startServer(
  dataDir: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ server: ChildProcess; url: string; started: number }> {
  // The server serves a copy of the built app: a build run elsewhere during the tests (it empties
  // dist/ first) would otherwise pull the files from under the pages being tested.
  const servedWeb = path.join(dataDir, 'web');
  cpSync(webRoot, servedWeb, { recursive: true });
  // The server build too (today's screen rendered into the page), when there is one.
  const servedRender = path.join(dataDir, 'web-ssr');
  if (existsSync(renderRoot)) cpSync(renderRoot, servedRender, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    WEB_ROOT: servedWeb,
    WEB_RENDER_ROOT: servedRender,
    SECURE_COOKIES: 'false',
    TRUST_PROXY: 'false',
    SIGN_UP_LIMIT_PER_IP: '10000',
    SIGN_IN_LIMIT_PER_IP: '10000',
    SIGN_UP_LIMIT_PER_ACCOUNT: '10000',
    SIGN_IN_LIMIT_PER_ACCOUNT: '10000',
    MAIL_LIMIT_PER_ADDRESS: '10000',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  // Whatever mail settings the shell has: only the mail server below is ever used.
  if (extraEnv.SMTP_URL === undefined) {
    delete env.SMTP_URL;
    delete env.MAIL_FROM;
  }
  // The server's clock starts at the pinned moment, like every page's (pinned-clock.ts).
  env[PINNED_NOW_VARIABLE] = PINNED_NOW.toISOString();
  const started = Date.now();
  const server = spawn(process.execPath, ['--import', shiftedClock, serverBin], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { stdout, stderr } = server;
  stdout.setEncoding('utf8');
  stderr.setEncoding('utf8');
  let said = '';
  let complained = '';

  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop(server).then(() => {
        reject(new Error(`The Wandelcoach server did not start: ${why}\n${said}${complained}`.trimEnd()));
      });
    };
    const timer = setTimeout(() => {
      fail(`no "Wandelcoach is running at" line within ${STARTUP_TIMEOUT_MS / 1000} s`);
    }, STARTUP_TIMEOUT_MS);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      fail(`it stopped (${signal ?? `exit code ${code ?? '?'}`})`);
    };
    server.once('exit', onExit);
    server.once('error', (error) => {
      fail(error.message);
    });
    stderr.on('data', (chunk: string) => {
      complained += chunk;
      // Whatever the server complains about during the run is worth seeing next to the test output.
      if (said.includes('Wandelcoach is running at')) process.stderr.write(`[server] ${chunk}`);
    });
    stdout.on('data', (chunk: string) => {
      if (said.includes('Wandelcoach is running at')) return;
      said += chunk;
      const url = /Wandelcoach is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(said)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      server.off('exit', onExit);
      server.once('exit', (code, signal) => {
        if (!stopping.has(server)) {
          process.stderr.write(`[server] stopped during the run (${signal ?? `exit code ${code ?? '?'}`})\n`);
        }
      });
      resolve({ server, url, started });
    });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  // WANDELCOACH_E2E_SKIP set from outside, or PROPERTY_RUNS=0, fails a CI run here.
  assertTestSwitches(process.env);
  const skip = ensureChromium();
  if (skip !== undefined) {
    const warning = [
      'BROWSER SUITES SKIPPED: the web app was NOT tested end to end.',
      skip,
      'Every Playwright test in this run is reported as skipped. In CI this is an error.',
    ];
    loud(warning);
    process.env[SKIP_VARIABLE] = skip;
    return () => {
      loud(warning);
      return Promise.resolve();
    };
  }
  requireBuild();

  const dataDir = mkdtempSync(path.join(tmpdir(), 'wandelcoach-e2e-'));
  const mailDataDir = path.join(dataDir, 'with-mail');
  const mailboxFolder = path.join(dataDir, 'mailbox');
  const servers: ChildProcess[] = [];
  let mailbox: LoopbackMailbox | undefined;
  const stopAll = async () => {
    for (const server of servers) stopping.add(server);
    await Promise.all(servers.map(stop));
    await mailbox?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const plain = await startServer(dataDir);
    servers.push(plain.server);
    process.env[URL_VARIABLE] = plain.url;
    process.env[DATA_DIR_VARIABLE] = dataDir;
    process.env[STARTED_VARIABLE] = String(plain.started);
    mailbox = await startLoopbackMailbox({ folder: mailboxFolder });
    process.env[MAIL_DATA_DIR_VARIABLE] = mailDataDir;
    // No PUBLIC_URL: the links in its mails then point at the address it listens on, as documented.
    const withMail = await startServer(mailDataDir, {
      SMTP_URL: mailbox.url,
      MAIL_FROM: 'Wandelcoach <noreply@example.nl>',
    });
    servers.push(withMail.server);
    process.env[MAIL_STARTED_VARIABLE] = String(withMail.started);
    process.env[MAIL_URL_VARIABLE] = withMail.url;
    process.env[MAILBOX_VARIABLE] = mailboxFolder;
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
