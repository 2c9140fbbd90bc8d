/**
 * The engine's version: what a server keeps a computed plan under (with the person's data version), so
 * that new rules reach everyone at once. Raise it with the package's version whenever a rule, a default
 * or a text changes what a plan says; `version.test.ts` holds the two together.
 */
export const ENGINE_VERSION = '0.1.0';
