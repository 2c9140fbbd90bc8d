// Types for test-switches.js, which plain-JS scripts import too.
export declare function testSwitchProblems(env: Readonly<Record<string, string | undefined>>): string[];
export declare function assertTestSwitches(env: Readonly<Record<string, string | undefined>>): void;
