import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export default defineConfig({
  plugins: [react()],
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
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
});
