import { hash, verify } from '@node-rs/argon2';

/** argon2id at the OWASP/ASVS floor: 19 MiB memory, 2 passes, 1 lane. */
// `algorithm: 2` is Algorithm.Argon2id (an ambient const enum, which isolated modules cannot import).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/**
 * Hashed once when the module loads, so that an unknown username costs one verification, like a
 * known one, from the very first attempt.
 */
const dummyHash: Promise<string> = hashPassword('partrack-timing-equaliser');

/** Verifies a password; with no stored hash it still spends the time of a verification. */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
