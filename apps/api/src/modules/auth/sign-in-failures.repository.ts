import { Injectable } from "@nestjs/common";
import { PrismaService } from "../../prisma/prisma.service";
import type { FailureLog } from "./sign-in-limiter";

/** Failed sign-ins in Postgres: the limits hold across every process serving one database. */
@Injectable()
export class SignInFailuresRepository implements FailureLog {
  constructor(private readonly prisma: PrismaService) {}

  async times(keys: string[], since: number): Promise<Map<string, number[]>> {
    const rows = await this.prisma.driverQuery<{ key: string; ms: number }>(
      `SELECT key, (extract(epoch FROM at) * 1000)::float8 AS ms FROM sign_in_failures WHERE key = ANY($1::text[]) AND at >= $2 ORDER BY at, id`,
      [keys, new Date(since)],
    );
    const times = new Map<string, number[]>(keys.map((key) => [key, []]));
    for (const row of rows) times.get(row.key)?.push(Math.round(row.ms));
    return times;
  }

  async add(keys: string[], at: number, forgetBefore: number): Promise<void> {
    await this.prisma.driverQuery(
      `WITH forgotten AS (DELETE FROM sign_in_failures WHERE at < $3)
       INSERT INTO sign_in_failures (key, at) SELECT key, $2 FROM unnest($1::text[]) AS key`,
      [keys, new Date(at), new Date(forgetBefore)],
    );
  }

  async clear(keys: string[]): Promise<void> {
    await this.prisma.driverQuery("DELETE FROM sign_in_failures WHERE key = ANY($1::text[])", [keys]);
  }
}
