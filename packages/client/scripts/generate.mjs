// Generates the typed client from the API's committed OpenAPI document:
// src/generated/schema.ts (types, by openapi-typescript) and
// src/generated/operations.ts (one function per operationId).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const documentPath = path.resolve(here, "../../../apps/api/openapi.json");
const outDir = path.resolve(here, "../src/generated");
const banner = "// Generated from apps/api/openapi.json by packages/client/scripts/generate.mjs — do not edit.\n";

export async function generate() {
  const document = JSON.parse(readFileSync(documentPath, "utf8"));
  const schema = banner + astToString(await openapiTS(document, { alphabetize: true }));

  const operations = [];
  for (const [route, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${route} has no operationId`);
      operations.push({ id: operation.operationId, method, route, summary: operation.description ?? operation.summary });
    }
  }
  operations.sort((a, b) => a.id.localeCompare(b.id));
  const lines = [
    banner,
    'import type { OperationArgs, OperationCaller, OperationResult } from "../call";',
    "",
    "/** Every API operation, named by its operationId. */",
    "export function bindOperations(call: OperationCaller) {",
    "  return {",
    ...operations.map(
      (op) =>
        `    /** ${op.method.toUpperCase()} ${op.route} */\n` +
        `    ${op.id}: (args: OperationArgs<"${op.id}">): Promise<OperationResult<"${op.id}">> =>\n` +
        `      call("${op.method}", "${op.route}", args) as Promise<OperationResult<"${op.id}">>,`,
    ),
    "  };",
    "}",
    "",
  ];
  return { schema, operations: lines.join("\n") };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = Object.entries(await generate()).map(([name, text]) => [path.join(outDir, `${name}.ts`), text]);
  if (process.argv.includes("--check")) {
    // Exit 1 when the committed client no longer matches the OpenAPI document.
    const stale = files.filter(([file, text]) => readFileSync(file, "utf8") !== text).map(([file]) => path.relative(process.cwd(), file));
    if (stale.length) {
      console.error(`Out of date: ${stale.join(", ")}. Run \`npm run openapi\`.`);
      process.exit(1);
    }
  } else {
    for (const [file, text] of files) writeFileSync(file, text);
    console.log(`Wrote ${path.relative(process.cwd(), outDir)}/{schema,operations}.ts`);
  }
}
