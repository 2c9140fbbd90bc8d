/** Password hashing with argon2id, the memory-hard hash OWASP recommends for passwords. */
import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id`, a const enum that cannot be imported under `verbatimModuleSyntax`. */
const ARGON2ID = 2;

// OWASP's suggested minimum for argon2id: 19 MiB, 2 passes, one lane.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A damaged hash is a failed sign-in, not a server error.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the email is unknown, so response times do not tell
 * an attacker which emails have an account.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('not a real password, only here to take the same time');
  await verifyPassword(await dummyHash, password);
  return false;
}
