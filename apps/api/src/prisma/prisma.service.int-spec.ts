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
});
