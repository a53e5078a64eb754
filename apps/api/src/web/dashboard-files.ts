import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { NextFunction, Request, Response } from "express";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
/** Hashed names (index-3c4cmcYn.js) never change content: the browser keeps them a year without asking. */
const IMMUTABLE = "public, max-age=31536000, immutable";

interface StaticFile {
  file: string;
  type: string;
  size: number;
  etag: string;
  /** Precompressed copies written by the build, by encoding. */
  encoded: Partial<Record<"br" | "gzip", { file: string; size: number }>>;
}

function readFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (!/\.(br|gz|map)$/.test(entry.name)) {
        const encoded: StaticFile["encoded"] = {};
        if (existsSync(`${file}.br`)) encoded.br = { file: `${file}.br`, size: statSync(`${file}.br`).size };
        if (existsSync(`${file}.gz`)) encoded.gzip = { file: `${file}.gz`, size: statSync(`${file}.gz`).size };
        const content = readFileSync(file);
        files.set(`/${path.relative(root, file).split(path.sep).join("/")}`, {
          file,
          type: TYPES[path.extname(file)] ?? "application/octet-stream",
          size: content.length,
          etag: `"${createHash("sha256").update(content).digest("base64url").slice(0, 27)}"`,
          encoded,
        });
      }
    }
  };
  walk(root);
  return files;
}

/** The encoding to send, from what the client accepts and what the build wrote: brotli, then gzip. */
function chooseEncoding(accepted: string | undefined, file: StaticFile): "br" | "gzip" | null {
  const offers = new Map(
    (accepted ?? "").split(",").map((part) => {
      const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
      const quality = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return [name, quality === undefined ? 1 : Number(quality)] as const;
    }),
  );
  const accepts = (name: string) => (offers.get(name) ?? offers.get("*") ?? 0) > 0;
  if (file.encoded.br && accepts("br")) return "br";
  if (file.encoded.gzip && accepts("gzip")) return "gzip";
  return null;
}

/**
 * Serves the built dashboard beside the API: hashed assets cached for good and sent precompressed as the
 * browser accepts, index.html (for every client-side route) revalidated by its ETag, no source maps, and a
 * 404 for a missing asset rather than the dashboard in its place. Everything under /api goes on to the API.
 */
export function dashboardFiles(root: string) {
  const files = readFiles(root);
  const index = files.get("/index.html");
  if (!index) throw new Error(`No index.html in ${root}`);

  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== "GET" && request.method !== "HEAD") || request.path === "/api" || request.path.startsWith("/api/")) return next();
    const asset = files.get(request.path);
    if (!asset && (request.path.startsWith("/assets/") || path.extname(request.path) !== "")) {
      response.status(404).type("text/plain").send("Not found");
      return;
    }
    const file = asset ?? index;
    const hashed = file !== index && request.path.startsWith("/assets/");
    response.setHeader("Cache-Control", hashed ? IMMUTABLE : "no-cache");
    response.setHeader("ETag", file.etag);
    response.setHeader("Vary", "Accept-Encoding");
    if (request.headers["if-none-match"] === file.etag) {
      response.status(304).end();
      return;
    }
    const encoding = chooseEncoding(request.headers["accept-encoding"], file);
    const sent = encoding ? file.encoded[encoding]! : { file: file.file, size: file.size };
    response.setHeader("Content-Type", file.type);
    response.setHeader("Content-Length", String(sent.size));
    if (encoding) response.setHeader("Content-Encoding", encoding);
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(sent.file).on("error", next).pipe(response);
  };
}
