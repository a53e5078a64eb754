import { hash, verify } from "@node-rs/argon2";

/** Argon2id's cost: memory in KiB, passes and lanes. */
export interface PasswordCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** What production hashes with: argon2id at 19 MiB, 2 passes, 1 lane (OWASP's minimum). */
export const FULL_PASSWORD_COST: PasswordCost = Object.freeze({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });

/**
 * For test suites only (set through AppOptions, never from the environment): still argon2id, at the lowest cost
 * the algorithm allows, so that a test creating twenty users does not spend seconds of CPU on a busy machine.
 */
export const TEST_PASSWORD_COST: PasswordCost = Object.freeze({ memoryCost: 8, timeCost: 1, parallelism: 1 });

const ARGON2ID = 2;

/** Hashes and checks passwords with argon2id at the cost it is given. */
export class PasswordHasher {
  private decoy: Promise<string> | undefined;

  constructor(readonly cost: PasswordCost = FULL_PASSWORD_COST) {}

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID, ...this.cost });
  }

  /** Checks against the cost stored in the hash itself, so hashes of another cost still verify. */
  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password).catch(() => false);
  }

  /** A hash to verify against when the email is unknown, so both answers take as long. */
  decoyHash(): Promise<string> {
    this.decoy ??= this.hash("decoy password that matches nothing");
    return this.decoy;
  }
}
