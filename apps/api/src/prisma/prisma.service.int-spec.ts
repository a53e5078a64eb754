import { Client } from "pg";
import { createTestDatabase, type TestDatabase } from "../../test/support/test-database";
import { DatabaseConfig } from "./database-config";
import { PrismaService, STATEMENT_TIMEOUT_MS } from "./prisma.service";

let database: TestDatabase;
let prisma: PrismaService;
beforeAll(async () => {
  database = await createTestDatabase();
  prisma = new PrismaService(new DatabaseConfig(database.url, false));
});
afterAll(async () => {
  await prisma?.onModuleDestroy();
  await database?.drop();
});

describe("PrismaService", () => {
  it("gives every connection a statement timeout, for the driver's queries and Prisma's alike", async () => {
    expect(STATEMENT_TIMEOUT_MS).toBe(60_000);
    expect(await prisma.driverQuery("SHOW statement_timeout", [])).toEqual([{ statement_timeout: "1min" }]);
    expect(await prisma.$queryRawUnsafe("SHOW statement_timeout")).toEqual([{ statement_timeout: "1min" }]);
    await prisma.driverTransaction(async (client) => expect((await client.query("SHOW statement_timeout")).rows).toEqual([{ statement_timeout: "1min" }]));
  });

  it("ends a statement that runs past its timeout instead of holding the connection", async () => {
    await expect(prisma.driverTransaction(async (client) => {
      await client.query("SET LOCAL statement_timeout = '50ms'");
      await client.query("SELECT pg_sleep(5)");
    })).rejects.toThrow(/statement timeout/);
    expect(await prisma.driverQuery("SELECT 1 AS one", [])).toEqual([{ one: 1 }]);
  });

  it("never sends a query on a transaction's connection while another is running there (pg 9 refuses it)", async () => {
    // pg warns (and pg 9 will throw) when a query arrives while the client's queue is not empty: count those calls.
    const overlapping: string[] = [];
    const original = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, "query").mockImplementation(function (this: Client & { _queryQueue: unknown[] }, ...args: unknown[]) {
      if (this._queryQueue.length > 0) overlapping.push(String((args[0] as { text?: string }).text ?? args[0]).slice(0, 60));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never);
    try {
      const project = await prisma.project.create({ data: { slug: "serial", name: "Serial", kpis: { create: [{ name: "k", direction: "HIGHER_IS_BETTER" }] }, checklist: { create: [{ stage: "DATA", label: "c", position: 0 }] } } });
      // A read with several relations is a join whose children Prisma fetches at once on the one connection.
      const read = await prisma.transaction((tx) => tx.project.update({ where: { id: project.id }, data: { name: "Serial too" }, include: { kpis: { include: { measurements: true, monitors: true } }, checklist: true, stages: true, experiments: true } }));
      expect(read).toMatchObject({ name: "Serial too", kpis: [{ name: "k" }], checklist: [{ label: "c" }] });
      // Statements sent at once on a transaction still all run, in order, and an error stays with its statement.
      const results = await prisma.transaction((tx) => Promise.all([tx.$queryRawUnsafe("SELECT 1 AS n"), tx.$queryRawUnsafe("SELECT 2 AS n"), tx.$queryRawUnsafe("SELECT 3 AS n")]));
      expect(results).toEqual([[{ n: 1 }], [{ n: 2 }], [{ n: 3 }]]);
      expect(overlapping).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
