// Issue 15, item 13: the dashboard was one 1.07 MB script sent uncompressed and effectively uncached, with a public
// 5.3 MB source map. On the built server: split by route, precompressed, hashed assets cached for good,
// index.html revalidated, no source maps, and the API's JSON compressed.
import { readdirSync } from "node:fs";
import path from "node:path";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import http from "node:http";
import { startServer, type RunningServer } from "./support/server-process";

const ADMIN = "delivery-admin-token";
const assets = path.resolve(__dirname, "../../web/dist/assets");
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ LIFECYCLE_ADMIN_TOKEN: ADMIN });
});
afterAll(() => server?.stop());

/** A raw GET (fetch would decompress and hide what was sent). */
function get(route: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${route}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("delivering the dashboard", () => {
  it("splits the code: the entry script is small and the routes come in their own chunks", () => {
    const scripts = readdirSync(assets).filter((name) => name.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(4);
    expect(readdirSync(assets).filter((name) => name.endsWith(".map"))).toEqual([]);
  });

  it("revalidates index.html and caches hashed assets for good, compressed as the browser accepts", async () => {
    const index = await get("/", { "accept-encoding": "gzip, deflate, br" });
    expect(index.status).toBe(200);
    expect(index.headers["cache-control"]).toBe("no-cache");
    expect(index.headers.etag).toBeDefined();
    expect((await get("/", { "if-none-match": index.headers.etag! })).status).toBe(304);
    const html = (index.headers["content-encoding"] === "br" ? brotliDecompressSync(index.body) : index.body).toString();
    const entry = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();

    const plain = await get(entry!);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(plain.headers["content-type"]).toMatch(/^text\/javascript|^application\/javascript/);
    expect(plain.body.toString()).not.toContain("sourceMappingURL");
    const brotli = await get(entry!, { "accept-encoding": "gzip, br" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(brotli.body.length).toBeLessThan(plain.body.length / 2);
    const gzip = await get(entry!, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  });

  it("answers a missing asset 404 instead of the dashboard, and client-side routes with index.html", async () => {
    expect((await get("/assets/index-missing.js")).status).toBe(404);
    expect((await get("/assets/index.js.map")).status).toBe(404);
    const route = await get("/projects/spam/runs/1");
    expect(route.status).toBe(200);
    expect(route.headers["cache-control"]).toBe("no-cache");
    expect(route.body.toString()).toContain('<div id="root">');
  });

  it("compresses the API's JSON for clients that accept it", async () => {
    for (let index = 0; index < 20; index += 1) {
      await fetch(`${server.url}/api/v1/projects`, { method: "POST", headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/json" }, body: JSON.stringify({ name: `Delivery ${index}` }) });
    }
    const answer = await get("/api/v1/projects?pageSize=50", { authorization: `Bearer ${ADMIN}`, "accept-encoding": "gzip" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(answer.body).toString()).total).toBe(20);
    const uncompressed = await get("/api/v1/projects?pageSize=50", { authorization: `Bearer ${ADMIN}` });
    expect(uncompressed.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(uncompressed.body.toString()).total).toBe(20);
  });
});
