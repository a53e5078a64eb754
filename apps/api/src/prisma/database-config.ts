/** Where the database is; provided by the bootstrap that resolved it (DATABASE_URL or the embedded server). */
export class DatabaseConfig {
  constructor(
    readonly url: string,
    readonly embedded: boolean,
  ) {}
}
