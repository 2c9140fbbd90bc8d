// Writes a Brotli (.br) and a gzip (.gz) twin beside every text file of the built app, once, at build
// time. The server sends the twin the browser accepts (serveStatic's `precompressed`), so a phone on a
// slow connection downloads about a third of the bytes and the server spends no CPU compressing.
//
//   node scripts/precompress.js [dir]      (default: dist)
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json', '.txt', '.map']);
// Below this a twin saves less than the headers cost.
const MIN_BYTES = 512;

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

const root = path.resolve(process.argv[2] ?? 'dist');
let count = 0;
for await (const file of files(root)) {
  if (!TEXT.has(path.extname(file)) || (await stat(file)).size < MIN_BYTES) continue;
  const body = await readFile(file);
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = gzipSync(body, { level: 9 });
  // A twin that is not smaller would only cost a disk read.
  if (brotli.length < body.length) await writeFile(`${file}.br`, brotli);
  if (gzip.length < body.length) await writeFile(`${file}.gz`, gzip);
  count++;
}
console.log(`precompressed ${count} files in ${path.relative(process.cwd(), root) || '.'}`);
