import { Injectable, OnModuleDestroy } from "@nestjs/common";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool, type PoolClient } from "pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import { DatabaseConfig } from "./database-config";
import { SerialClient } from "./serial-client";

/** The longest any one statement may run (60 s) (Postgres' statement_timeout on every connection of the pool). */
export const STATEMENT_TIMEOUT_MS = 60_000;

/** A Prisma client or the client of an open transaction: repositories accept either. */
export type Db = PrismaClient | Prisma.TransactionClient;

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  /** The connection pool under Prisma, shared by the few hot paths that speak SQL to the driver directly (COPY). */
  private readonly pool: Pool;

  constructor(readonly config: DatabaseConfig) {
    // No statement may hold a connection for more than 60 s, whatever a request asks for.
    // Each connection sends one query at a time (see SerialClient).
    const pool = new Pool({ Client: SerialClient, connectionString: config.url, connectionTimeoutMillis: 5_000, max: 10, statement_timeout: STATEMENT_TIMEOUT_MS });
    // An idle connection the server drops must not take the process down; the next checkout reconnects.
    pool.on("error", () => undefined);
    super({ adapter: new PrismaPg(pool) });
    this.pool = pool;
  }

  /** Runs work in one transaction; everything it writes is kept or nothing is. */
  transaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    return this.$transaction(work, { timeout: 15_000 });
  }

  /** The same on a driver connection, for work Prisma cannot express (COPY into a table). */
  async driverTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      broken = await rollback(client);
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** One statement on a driver connection: numbers arrive as the driver gives them (NaN and the infinities intact, bigint as text). */
  async driverQuery<R extends object>(text: string, values: unknown[]): Promise<R[]> {
    return (await this.pool.query<R>(text, values)).rows;
  }

  /**
   * driverQuery with each row as an array of its columns: no object per row, for results of thousands. With a
   * `name`, the statement is prepared once per connection and its plan kept (for fixed statement texts only).
   */
  async driverRows<R extends unknown[]>(text: string, values: unknown[], name?: string): Promise<R[]> {
    return (await this.pool.query<R>({ text, values, rowMode: "array", ...(name ? { name } : {}) })).rows;
  }

  /** One statement on a driver connection; answers how many rows it wrote. */
  async driverCount(text: string, values: unknown[]): Promise<number> {
    return (await this.pool.query(text, values)).rowCount ?? 0;
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    if (!this.pool.ended) await this.pool.end();
  }
}

/**
 * Rolls back after a failure, or says why the connection cannot be reused: a ROLLBACK that fails or has no
 * answer within 5 s means the connection is in no state to go back to the pool, and it is closed instead.
 */
async function rollback(client: PoolClient): Promise<Error | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Error>((resolve) => {
    timer = setTimeout(() => resolve(new Error("ROLLBACK had no answer within 5 s")), 5_000);
  });
  try {
    return await Promise.race([client.query("ROLLBACK").then(() => undefined, (error: Error) => error), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Makes the rest of the transaction reach the shards one connection at a time on Citus (a no-op setting on plain
 * Postgres, where nothing reads it). Needed where a transaction reads or writes many shards of runs and then
 * writes a reference table they point to (deleting a project or an experiment with its runs): Citus refuses that
 * after parallel shard access, and allows it in sequential mode.
 */
export async function sequentialOnCitus(db: Db): Promise<void> {
  await db.$executeRawUnsafe("SET LOCAL citus.multi_shard_modify_mode TO 'sequential'");
}
