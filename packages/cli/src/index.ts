/**
 * @wandelcoach/cli as a library: the command as a function, for tools that want to run it in-process.
 *
 * @example
 * ```ts
 * import { run } from '@wandelcoach/cli';
 * const code = await run(['plan', '--intake', 'intake.json', '--json'], {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, today: () => '2026-11-23',
 * });
 * ```
 */
export { parseCommandLine, type ParsedCommand, type PlanOptions } from './args.js';
export { renderPlan, type RenderOptions } from './render/plan.js';
export {
  EXIT_BAD_INPUT,
  EXIT_OK,
  EXIT_UNEXPECTED,
  run,
  type BuildPlan,
  type Io,
  type Writer,
} from './run.js';
