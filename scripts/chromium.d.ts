// Types for chromium.js, which plain-JS benchmarks import too.
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_FLAGS: readonly string[];
