import { Injectable, OnModuleDestroy } from "@nestjs/common";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import { DatabaseConfig } from "./database-config";

/** A Prisma client or the client of an open transaction: repositories accept either. */
export type Db = PrismaClient | Prisma.TransactionClient;

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(readonly config: DatabaseConfig) {
    super({ adapter: new PrismaPg({ connectionString: config.url, connectionTimeoutMillis: 5_000, max: 10 }) });
  }

  /** Runs work in one transaction; everything it writes is kept or nothing is. */
  transaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    return this.$transaction(work, { timeout: 15_000 });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
