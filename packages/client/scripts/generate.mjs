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
  const { schema, operations } = await generate();
  writeFileSync(path.join(outDir, "schema.ts"), schema);
  writeFileSync(path.join(outDir, "operations.ts"), operations);
  console.log(`Wrote ${path.relative(process.cwd(), outDir)}/{schema,operations}.ts`);
}
