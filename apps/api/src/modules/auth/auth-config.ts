/** Settings for authentication, read once at start. */
export class AuthConfig {
  constructor(
    /** LIFECYCLE_ADMIN_TOKEN: a value that works as an admin API token, for automation. Never logged. */
    readonly adminToken: string | null = null,
    /** Session lifetime. */
    readonly sessionTtlMs = 7 * 24 * 3_600_000,
  ) {}
}
