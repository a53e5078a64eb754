import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/** Writes a .br and a .gz beside each text file of the build, so the server sends them without compressing per request. */
function precompress(): Plugin {
  return {
    name: "lifecycle-precompress",
    apply: "build",
    writeBundle(options) {
      const dir = options.dir!;
      const walk = (folder: string): string[] =>
        readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)]));
      for (const file of walk(dir).filter((name) => COMPRESSIBLE.test(name))) {
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/** The libraries every page needs, in chunks of their own that stay cached while the app's code changes. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes("node_modules")) return undefined;
  if (/[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(id)) return "react";
  if (/[\\/]@mantine[\\/]/.test(id)) return "mantine";
  if (/[\\/]@tanstack[\\/]/.test(id)) return "tanstack";
  if (/[\\/](uplot)[\\/]/.test(id)) return "charts";
  if (/[\\/](zod|react-hook-form|@hookform)[\\/]/.test(id)) return "forms";
  return "vendor";
}

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    // Workspace packages are compiled from source, so the dashboard never runs stale copies.
    alias: {
      "@lifecycle/domain": path.join(root, "packages/domain/src/index.ts"),
      "@lifecycle/client": path.join(root, "packages/client/src/index.ts"),
    },
  },
  server: {
    port: 5173,
    proxy: { "/api": `http://localhost:${process.env.PORT ?? 8080}` },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Source maps stay out of the public build unless asked for (LIFECYCLE_SOURCEMAP=1 npm run build).
    sourcemap: process.env.LIFECYCLE_SOURCEMAP === "1",
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
});
