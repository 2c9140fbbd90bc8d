/** The process edge of `wandelcoach`: real streams, the real clock, the exit code. */
import process from 'node:process';
import { localDate } from '@wandelcoach/engine';
import { run } from './run.js';

// `wandelcoach … | head` closes the pipe early; that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE')
    process.stderr.write(`unexpected error: ${error.message.split('\n')[0] ?? ''}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

// exitCode rather than exit(), so output to a pipe is flushed before the process ends.
process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  // This computer's own time zone: late in the evening in Amsterdam it is still that day.
  today: () => localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone),
});
