import fc from 'fast-check';
import { assertTestSwitches } from './scripts/test-switches.js';

// A switch that drops tests fails a CI run here, in every test file, loudly (scripts/test-switches.js).
assertTestSwitches(process.env);

// CI replays the same property cases on every run, so a red build always means a change broke
// something. Local runs explore new cases each time; PROPERTY_SEED pins one (a failure prints its seed).
const seed = process.env.PROPERTY_SEED ?? (process.env.CI ? '20261121' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
