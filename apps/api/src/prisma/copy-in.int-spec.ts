import { Pool } from "pg";
import { createTestDatabase, type TestDatabase } from "../../test/support/test-database";
import { copyIn } from "./copy-in";

let database: TestDatabase;
let pool: Pool;
beforeAll(async () => {
  database = await createTestDatabase();
  pool = new Pool({ connectionString: database.url, max: 1 });
  await pool.query("CREATE TABLE copied (line text)");
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const rows = (...lines: string[]) => Buffer.from(lines.map((line) => `${line}\n`).join(""));

describe("copyIn", () => {
  it("ends the COPY and gives the connection back when making a chunk fails half-way", async () => {
    function* failing() {
      yield rows("first", "second");
      throw new RangeError("The value of \"value\" is out of range.");
    }
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await expect(copyIn(client, "COPY copied (line) FROM STDIN", failing())).rejects.toThrow(/out of range/);
      await client.query("ROLLBACK");
      // The same connection answers again, and nothing of the failed COPY is there.
      expect((await client.query("SELECT count(*)::int AS n FROM copied")).rows).toEqual([{ n: 0 }]);
    } finally {
      client.release();
    }
    // The pool's only connection is free for the next caller (this would wait for ever if the COPY were left open).
    expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  });

  it("rejects with the server's error when Postgres refuses a row, leaving the connection usable", async () => {
    const client = await pool.connect();
    try {
      await expect(copyIn(client, "COPY copied (line) FROM STDIN WITH (FORMAT binary)", [rows("not binary")])).rejects.toThrow(/COPY file signature not recognized/);
      expect((await client.query("SELECT 2 AS two")).rows).toEqual([{ two: 2 }]);
    } finally {
      client.release();
    }
  });

  it("writes every chunk when nothing fails", async () => {
    const client = await pool.connect();
    try {
      await copyIn(client, "COPY copied (line) FROM STDIN", [rows("a", "b"), rows("c")]);
      expect((await client.query("SELECT array_agg(line ORDER BY line) AS lines FROM copied")).rows).toEqual([{ lines: ["a", "b", "c"] }]);
    } finally {
      client.release();
    }
  });
});
