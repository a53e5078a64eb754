import { Injectable } from "@nestjs/common";
import type { Health } from "@lifecycle/domain";
import { DatabaseConfig } from "../../prisma/database-config";
import { HealthRepository } from "./health.repository";
import { APP_VERSION } from "../../version";

const PING_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    private readonly health: HealthRepository,
    private readonly database: DatabaseConfig,
  ) {}

  async getHealth(): Promise<Health> {
    const started = performance.now();
    const base = { version: APP_VERSION, uptimeSeconds: Math.round(process.uptime()) };
    try {
      await Promise.race([
        this.health.pingDatabase(),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS).unref()),
      ]);
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      return { ...base, status: "ok", database: { status: "up", embedded: this.database.embedded, latencyMs } };
    } catch (error) {
      return {
        ...base,
        status: "degraded",
        database: { status: "down", embedded: this.database.embedded, latencyMs: null, error: error instanceof Error ? error.message.split("\n")[0] : String(error) },
      };
    }
  }
}
