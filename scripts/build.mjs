// Builds what is out of date, and only that: the Prisma client, the TypeScript
// projects (incrementally, via tsc -b) and the dashboard bundle.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[build] ${path.basename(command)} ${args.join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

/** Newest modification time under the given files and folders. */
function newest(paths) {
  let latest = 0;
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stats = statSync(entry);
    if (stats.isDirectory()) {
      for (const child of readdirSync(entry)) if (child !== "node_modules" && child !== "dist") visit(path.join(entry, child));
    } else {
      latest = Math.max(latest, stats.mtimeMs);
    }
  };
  paths.forEach((entry) => visit(path.join(root, entry)));
  return latest;
}

function stale(output, inputs) {
  const target = path.join(root, output);
  return !existsSync(target) || statSync(target).mtimeMs < newest(inputs);
}

const started = performance.now();

if (stale("apps/api/src/generated/prisma/client.ts", ["prisma/schema.prisma"])) {
  console.log("[build] Generating the Prisma client");
  run(bin("prisma"), ["generate"]);
}

run(bin("tsc"), ["-b"]);

const webInputs = ["apps/web/src", "apps/web/index.html", "apps/web/vite.config.ts", "packages/domain/src", "packages/client/src", "package-lock.json"];
if (stale("apps/web/dist/index.html", webInputs)) {
  console.log("[build] Building the dashboard");
  run(bin("vite"), ["build", "--logLevel", "warn"], path.join(root, "apps/web"));
}

console.log(`[build] Up to date in ${((performance.now() - started) / 1000).toFixed(1)} s`);
