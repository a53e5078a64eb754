import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The CLI falls back to its native engine (and tries to download it) whenever it
// cannot read a datasource url, so a placeholder keeps every command offline.
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://localhost:5432/lifecycle_placeholder";
process.env.DATABASE_URL = databaseUrl;

// The CLI leaves long timers pending and idles before exiting; let the process end.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(handler, ms, ...args);
  if ((ms ?? 0) >= 10_000) timer.unref();
  return timer;
}) as typeof globalThis.setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "node apps/api/dist/seed/run-seed.js",
  },
  adapter: async () => new PrismaPg({ connectionString: databaseUrl, allowExitOnIdle: true }),
});
