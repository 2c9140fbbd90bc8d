#!/usr/bin/env node
// Plain JavaScript so the bin resolves without a TypeScript step; the command itself is compiled to dist/.
import('../dist/main.js').catch((error) => {
  const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist');
  process.stderr.write(
    missing
      ? 'wandelcoach is not built yet: run "npm run build" in the repository first\n'
      : `unexpected error: ${String(error?.message ?? error).split('\n')[0]}\n`,
  );
  process.exitCode = 1;
});
