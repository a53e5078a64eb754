import { execFileSync } from "node:child_process";
import path from "node:path";

describe("generated client", () => {
  it("matches the committed OpenAPI document (run `npm run openapi` after changing the API)", () => {
    const script = path.join(__dirname, "..", "scripts", "generate.mjs");
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
