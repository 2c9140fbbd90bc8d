// Preloaded into the server by `npm run bench:soak` (node --expose-gc --import): on SIGUSR2 it
// collects the garbage and prints the memory left in use as one line, `soak-memory {json}`, so the
// bench sees what the server really keeps rather than what the collector has not got round to yet.
// Only the bench loads this; the server knows nothing of it.
process.on('SIGUSR2', () => {
  const gc = /** @type {(() => void) | undefined} */ (globalThis.gc);
  gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  process.stdout.write(`soak-memory ${JSON.stringify({ rss, heapUsed, external, arrayBuffers })}\n`);
});
