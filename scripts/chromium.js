// Debian's Chromium, and the flags every run of it here needs: no sandbox (tests run as root in CI)
// and none of Chromium's own calls to Google's services, which this machine's closed network would
// refuse many times over. Shared by the browser tests and `npm run bench:web`.

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
