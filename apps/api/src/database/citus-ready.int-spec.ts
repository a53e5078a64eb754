import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { createTestDatabase, type TestDatabase } from "../../test/support/test-database";

/**
 * What distributing the schema on Citus (prisma/citus.sql) needs of it, checked on the migrated schema of plain
 * Postgres, so that a change that would stop a scale-out shows here and not on a cluster.
 */
const migrations = path.join(__dirname, "../../../../prisma/migrations");
const citusSql = readFileSync(path.join(__dirname, "../../../../prisma/citus.sql"), "utf8");

/** Tables citus.sql distributes by run (run_id, or id for runs). */
const distributed = [...citusSql.matchAll(/create_distributed_table\('(\w+)',\s*'(\w+)'/g)].map((match) => ({ table: match[1]!, column: match[2]! }));
const reference = [...citusSql.matchAll(/create_reference_table\('(\w+)'\)/g)].map((match) => match[1]!);

describe("the schema, ready for Citus", () => {
  let database: TestDatabase;
  let db: Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  it("has every table placed by citus.sql: distributed by run, or a reference table", async () => {
    const { rows } = await db.query<{ table_name: string }>(
      // Tables and partitioned tables, not their partitions (distributed with their parent).
      "SELECT relname AS table_name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition AND relname <> '_prisma_migrations' ORDER BY 1",
    );
    const placed = new Set([...distributed.map((entry) => entry.table), ...reference]);
    expect(rows.map((row) => row.table_name).filter((table) => !placed.has(table))).toEqual([]);
    expect(distributed.find((entry) => entry.table === "runs")?.column).toBe("id");
  });

  it("keys every distributed table by its run: the primary key and every unique constraint include the distribution column", async () => {
    const { rows } = await db.query<{ table: string; name: string; columns: string[] }>(
      `SELECT c.conrelid::regclass::text AS table, c.conname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
       WHERE c.contype IN ('p', 'u') AND c.connamespace = 'public'::regnamespace GROUP BY 1, 2`,
    );
    const lacking = rows.filter((row) => {
      const entry = distributed.find((candidate) => candidate.table === row.table);
      return entry !== undefined && !row.columns.includes(entry.column);
    });
    expect(lacking).toEqual([]);
  });

  it("has no foreign key that cascades updates onto a run id, and no statement trigger", async () => {
    const { rows } = await db.query<{ name: string }>(
      `SELECT conname AS name FROM pg_constraint WHERE contype = 'f' AND confrelid = 'runs'::regclass AND confupdtype <> 'a'`,
    );
    expect(rows).toEqual([]);
    const triggers = await db.query<{ name: string }>(
      "SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)",
    );
    expect(triggers.rows).toEqual([]);
  });

  it("stores no column as a Postgres enum (Citus refuses Prisma's enum casts in RETURNING): text held by check constraints", async () => {
    const { rows } = await db.query(
      "SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN pg_type t ON t.typname = c.udt_name WHERE c.table_schema = 'public' AND t.typtype = 'e'",
    );
    expect(rows).toEqual([]);
    const checks = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'c' AND conname LIKE '%\\_check' AND connamespace = 'public'::regnamespace");
    expect(checks.rows[0]!.n).toBeGreaterThanOrEqual(24);
    await db.query("BEGIN");
    try {
      await expect(db.query("INSERT INTO projects (id, slug, name, status, updated_at) VALUES (gen_random_uuid(), 'odd', 'Odd', 'SLEEPING', now())")).rejects.toThrow(/projects_status_check/);
    } finally {
      await db.query("ROLLBACK");
    }
  });

  it("partitions metric_points by hash of the run in 16, and counts a series' points in 64 bits", async () => {
    const { rows } = await db.query<{ strategy: string; partitions: number; key: string }>(
      `SELECT p.partstrat AS strategy, (SELECT count(*)::int FROM pg_inherits i WHERE i.inhparent = p.partrelid) AS partitions,
              (SELECT attname FROM pg_attribute WHERE attrelid = p.partrelid AND attnum = p.partattrs[0]) AS key
       FROM pg_partitioned_table p WHERE p.partrelid = 'metric_points'::regclass`,
    );
    expect(rows).toEqual([{ strategy: "h", partitions: 16, key: "run_id" }]);
    const count = await db.query("SELECT data_type FROM information_schema.columns WHERE table_name = 'metric_summaries' AND column_name = 'count'");
    expect(count.rows).toEqual([{ data_type: "bigint" }]);
  });

  it("writes one constraint per ALTER TABLE statement in migrations from the Citus one on", () => {
    const combined = readdirSync(migrations)
      .filter((folder) => /^\d{14}_/.test(folder) && folder >= "20261205000000")
      .flatMap((folder) => {
        const sql = readFileSync(path.join(migrations, folder, "migration.sql"), "utf8").replace(/--.*$/gm, "");
        return sql
          .split(";")
          .filter((statement) => /ALTER\s+TABLE/i.test(statement) && (statement.match(/\b(ADD|DROP)\s+CONSTRAINT\b/gi)?.length ?? 0) > 1)
          .map((statement) => `${folder}: ${statement.trim().slice(0, 80)}`);
      });
    expect(combined).toEqual([]);
  });
});
