import { FULL_PASSWORD_COST, type PasswordCost } from "../users/passwords";

/** Settings for authentication, read once at start. */
export class AuthConfig {
  constructor(
    /** LIFECYCLE_ADMIN_TOKEN: a value that works as an admin API token, for automation. Never logged. */
    readonly adminToken: string | null = null,
    /** Session lifetime. */
    readonly sessionTtlMs = 7 * 24 * 3_600_000,
    /** Argon2id's cost: full unless a test suite asks for less (there is no environment variable for it). */
    readonly passwordCost: PasswordCost = FULL_PASSWORD_COST,
  ) {}
}
